using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph15;

/// <summary>
/// Para 15: testimony "based on guesswork, assumption or rumour" whose giver "cannot indicate the
/// source from which he learned of the said facts" is not admissible. The file states this as
/// <c>source-of-knowledge: hearsay-unknown</c> or <c>assumption</c>; a named source (a P- or E-)
/// or <c>personal</c> is fine, and an absent key states nothing.
/// </summary>
public sealed class CF1501HearsayOrAssumption : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1501", "hearsay-or-assumption", "15", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony || evidence.Attributes.Term("source-of-knowledge") is not { } source)
            {
                continue;
            }

            if (source.Canonical is not ("hearsay-unknown" or "assumption"))
            {
                continue;
            }

            var whose = evidence.Person is { } person ? person.Id.ToString() : "—";
            var message = source.Canonical == "assumption"
                ? context.MessageVariant("Assumption", whose)
                : context.Message(whose);
            var related = evidence.Person is { } p ? new[] { RuleContext.At(p, new Message("Related_InterrogatedPerson", p.Id)) } : [];
            context.Report(evidence.Attributes["source-of-knowledge"]!.ValueSpan, message, evidence, related);
        }
    }
}
