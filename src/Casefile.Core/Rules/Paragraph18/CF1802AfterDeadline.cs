using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph18;

/// <summary>
/// Para 18, third part: factual data obtained after the pre-trial investigation period expired
/// are inadmissible. The period is the case's <c>deadline</c>; what the court itself takes at trial
/// (<c>place: court</c> or <c>collected-by: court</c>) is not bound by it. The item's date
/// (<c>date</c>, else <c>start</c>) must be certainly after the deadline: a bare deadline covers its
/// whole last day.
/// </summary>
public sealed class CF1802AfterDeadline : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1802", "after-deadline", "18", Severity.Error);

    public override void Check(RuleContext context)
    {
        if (context.Case.Deadline is not { } deadline || CaseKeys.Attribute(context, "deadline") is not { } deadlineAttribute)
        {
            return;
        }

        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Date is not { } date || !date.IsCertainlyAfter(deadline) || evidence.TakenInCourt)
            {
                continue;
            }

            context.Report(
                evidence.DateAttribute!.ValueSpan,
                context.Message(evidence.Id, date, deadline),
                evidence,
                CaseKeys.At(context, deadlineAttribute, new Message("CF1802_RelatedDeadline", deadline)));
        }
    }
}
