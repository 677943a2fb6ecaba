using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Syntax;

namespace Casefile.Rules.Format;

/// <summary>
/// A heading that starts like an entity's but is not one — "P-01", "p-1", "X-1", or an ID in a
/// heading of level 1, 5 or 6 — so the entity the user meant silently does not exist.
/// </summary>
public sealed class CF0012MalformedEntityHeading : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0012", "malformed-entity-heading", null, Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var heading in context.File.Syntax.MalformedEntityHeadings)
        {
            var message = heading.Reason == MalformedHeadingReason.WrongLevel
                ? context.MessageVariant("Level", heading.WrittenId, heading.Heading.Level)
                : context.Message(heading.WrittenId);
            context.Report(heading.IdSpan, message);
        }
    }
}
