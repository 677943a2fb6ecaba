using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph18;

/// <summary>
/// Para 18, third part: factual data obtained while the pre-trial investigation period was
/// interrupted are inadmissible, except the materials of search measures and covert investigative
/// actions and the results of international legal assistance and forensic expertises that were the
/// grounds of the interruption (here: operational material, covert-action results and expert
/// opinions). The item's date (<c>date</c>, else <c>start</c>) must lie certainly inside an
/// <c>interruption</c>, both bounds included.
/// </summary>
public sealed class CF1803DuringInterruption : Rule
{
    private static readonly string[] ExemptKinds = ["operational-material", "covert-action-result", "expert-opinion"];

    public override RuleDescriptor Descriptor { get; } = new("CF1803", "during-interruption", "18", Severity.Error);

    public override void Check(RuleContext context)
    {
        var interruptions = context.Case.Every("interruption").Attributes
            .Where(a => a.Value is PeriodValue)
            .Select(a => (Attribute: a, Period: (PeriodValue)a.Value!))
            .ToList();
        if (interruptions.Count == 0)
        {
            return;
        }

        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Date is not { } date || ExemptKinds.Any(evidence.IsOfKind))
            {
                continue;
            }

            foreach (var (attribute, period) in interruptions)
            {
                if (!period.Value.CertainlyContains(date))
                {
                    continue;
                }

                var message = period.Reason is { } reason
                    ? context.Message(evidence.Id, date, period.Value, new LocalizedTerm(reason.Term))
                    : context.MessageVariant("NoReason", evidence.Id, date, period.Value);
                context.Report(
                    evidence.DateAttribute!.ValueSpan,
                    message,
                    evidence,
                    CaseKeys.At(context, attribute, new Message("CF1803_RelatedInterruption", period.Value)));
                break;
            }
        }
    }
}
