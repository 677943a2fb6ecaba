using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Vocabulary;

namespace Casefile.Rules.Format;

/// <summary>A key the format does not know for this kind of entity; suggests the nearest one.</summary>
public sealed class CF0002UnknownKey : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0002", "unknown-key", null, Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, bag) in context.File.AttributeBags)
        {
            foreach (var attribute in bag.Unknown)
            {
                var kind = LocalizedText.EntityKind(bag.Owner);
                var keyOf = Enum.GetValues<EntityKind>()
                    .Where(k => k != bag.Owner && Keys.Find(k, attribute.Key) is not null)
                    .Select(k => (EntityKind?)k)
                    .FirstOrDefault();
                var message = Nearest(bag.Owner, attribute.Key) is { } suggestion
                    ? context.MessageVariant("Suggestion", attribute.Key, kind, suggestion)
                    : keyOf is { } other
                        ? context.MessageVariant("OtherEntity", attribute.Key, kind, LocalizedText.EntityKind(other))
                        : context.Message(attribute.Key, kind);
                context.Report(attribute.KeySpan, message, owner);
            }
        }
    }

    /// <summary>The nearest known key of the entity kind, in the alphabet the user wrote in.</summary>
    public static string? Nearest(EntityKind owner, string written) =>
        Suggestions.Nearest(written, Keys.For(owner).SelectMany(k => k.Term.AllForms));
}
