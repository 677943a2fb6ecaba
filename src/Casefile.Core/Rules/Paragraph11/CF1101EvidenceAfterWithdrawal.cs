using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph11;

/// <summary>
/// Para 11: evidence obtained after the prosecutor, under art. 35 part 6 CPC, withdrew the case
/// from court for termination but did not terminate it and sent it for further investigation must
/// be recognised as inadmissible. The case gives <c>withdrawn-for-termination</c> and
/// <c>terminated: no</c> (an absent <c>terminated</c> proves nothing); an item fires when its date
/// (<c>date</c>, else <c>start</c>) is certainly after the withdrawal: an item of the same day as a
/// bare withdrawal date is not certain (rules.md). The case keys may stand in any file of the case.
/// </summary>
public sealed class CF1101EvidenceAfterWithdrawal : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1101", "evidence-after-withdrawal", "11", Severity.Error);

    public override void Check(RuleContext context)
    {
        if (Stated.CaseKey(context.File, "withdrawn-for-termination") is not { } found
            || found.Attribute.Value is not DateValue { Value: var withdrawn }
            || Stated.CaseKey(context.File, "terminated") is not { Attribute.Value: TermValue { Term.Canonical: "no" } })
        {
            return;
        }

        var (withdrawalFile, withdrawal) = found;

        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Date is not { } date || !date.IsCertainlyAfter(withdrawn))
            {
                continue;
            }

            context.Report(
                evidence.DateAttribute!.ValueSpan,
                context.Message(evidence.Id, date.ToString(), withdrawn.ToString()),
                evidence,
                Stated.At(withdrawalFile, withdrawal, new Message("CF1101_RelatedWithdrawal")));
        }
    }
}
