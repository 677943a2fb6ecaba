using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph23_1;

/// <summary>
/// Para 23-1, first part: covert investigative actions are conducted only within pre-trial
/// proceedings; conducting them before pre-trial proceedings begin (registration in the ERDR) is not
/// permitted. The item's date is <c>date</c>, else <c>start</c>; a bare date is the whole day, so
/// an action on the day of registration is not certainly before it.
/// </summary>
public sealed class CF2311CovertActionBeforeRegistration : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2311", "covert-action-before-registration", "23-1", Severity.Error);

    public override void Check(RuleContext context)
    {
        if (context.Case.Registered is not { } registered)
        {
            return;
        }

        var registeredAt = context.Case.Key("registered")!.Value.Attribute;
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("covert-action-result") || evidence.Date is not { } date || !date.IsCertainlyBefore(registered))
            {
                continue;
            }

            context.Report(
                evidence.DateAttribute!.ValueSpan,
                context.Message(evidence.Id, date.ToString(), registered.ToString()),
                evidence,
                RuleContext.At(context.Case.FileOf(registeredAt), registeredAt, new Message("CF2311_RelatedRegistered")));
        }
    }
}
