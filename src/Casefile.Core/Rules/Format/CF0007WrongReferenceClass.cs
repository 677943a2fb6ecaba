using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Vocabulary;

namespace Casefile.Rules.Format;

/// <summary>
/// A reference to the wrong class of entity (<c>person: E-1</c>), or to a person of the wrong role
/// (<c>lawyer</c> must be a defender, <c>sanction-by</c> a prosecutor).
/// </summary>
public sealed class CF0007WrongReferenceClass : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0007", "wrong-reference-class", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, attribute, reference) in References.In(context.File))
        {
            var prefixes = References.AllowedPrefixes(attribute.Key);
            if (!prefixes.Contains(reference.Id.Prefix))
            {
                context.Report(
                    reference.Source.Span,
                    context.Message(reference.Id, LocalizedText.EntityKind(EntityKinds.FromPrefix(reference.Id.Prefix)!.Value), attribute.Syntax.Key, LocalizedText.Prefixes(prefixes)),
                    owner);
                continue;
            }

            // A person whose role is not given is not known to be wrong.
            if (attribute.Key.Shape is ValueShape.Reference { RequiredRoles: { } roles }
                && reference.Target is Person { Role: { } role } person
                && !roles.Contains(role.Canonical))
            {
                var required = roles.Select(r => Terms.Role[r]).ToList();
                context.Report(
                    reference.Source.Span,
                    context.MessageVariant("Role", reference.Id, new LocalizedTerm(role), attribute.Syntax.Key, new LocalizedTermList(required)),
                    owner?.Id,
                    [RuleContext.At(person, person.Attributes["role"]!, new Message("Related_RoleDefinedHere", person.Id))]);
            }
        }
    }
}
