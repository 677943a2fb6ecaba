using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Rules.Paragraph22;

/// <summary>
/// Para 22, fourth and fifth parts: operational-search measures conducted without the prosecutor's
/// sanction because the situation brooked no delay yield admissible evidence only if a reasoned
/// resolution of a head of the operational body justified them, the prosecutor was notified, and a
/// sanction was then obtained within 24 hours of that resolution. Fires when any one of the three
/// is missing (rules.md) and names which. A sanction dated before the resolution is fine; a bare
/// date is the whole day, so a late sanction is flagged only when it is certainly more than 24 hours
/// after the resolution.
/// </summary>
public sealed class CF2203IncompleteUrgentProcedure : Rule
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public override RuleDescriptor Descriptor { get; } = new("CF2203", "incomplete-urgent-procedure", "22", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("operational-material") || !evidence.IsUrgent)
            {
                continue;
            }

            var attributes = evidence.Attributes;
            var missing = new List<(Message Clause, TextSpan? Span)>();

            var resolution = attributes.Date("urgent-resolution-date");
            if (resolution is null)
            {
                missing.Add((context.MessageVariant("NoResolution"), KeyOrValue(attributes["urgent-resolution-date"])));
            }

            if (attributes.YesNo("prosecutor-notified") != true)
            {
                missing.Add((context.MessageVariant("NotNotified"), KeyOrValue(attributes["prosecutor-notified"])));
            }

            var sanction = attributes.Date("sanction-date");
            if (attributes.IsNone("sanction-by"))
            {
                missing.Add((context.MessageVariant("SanctionNone"), attributes["sanction-by"]!.ValueSpan));
            }
            else if (sanction is null)
            {
                missing.Add((context.MessageVariant("NoSanction"), KeyOrValue(attributes["sanction-date"])));
            }
            else if (resolution is { } issued && sanction.Value.Earliest - issued.Latest > Window)
            {
                missing.Add((context.MessageVariant("LateSanction", sanction.Value.ToString(), issued.ToString()), attributes["sanction-date"]!.ValueSpan));
            }

            if (missing.Count == 0)
            {
                continue;
            }

            // One condition missing: point at it when it is written; several, or one not written at
            // all: at the claim of urgency that calls for all three.
            var span = missing is [{ Span: { } only }] ? only : attributes["urgent"]!.ValueSpan;
            context.Report(span, context.Message(evidence.Id, new MessageList(missing.Select(m => m.Clause).ToList())), evidence);
        }
    }

    private static TextSpan? KeyOrValue(BoundAttribute? attribute) =>
        attribute is null ? null : attribute.IsEmpty ? attribute.KeySpan : attribute.ValueSpan;
}
