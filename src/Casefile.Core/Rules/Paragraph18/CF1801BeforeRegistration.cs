using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph18;

/// <summary>
/// Para 18, second part: factual data obtained before the complaint or report was registered in
/// the Unified Register of Pre-trial Investigations (ERDR) cannot be admissible evidence. The first
/// part excepts the actions that arts. 119, 179, 190, 219, 253 CPC allow before registration: a
/// scene inspection and an examination (освидетельствование); operational material, documents and
/// covert-action results are not products of pre-trial proceedings here (CF2311 covers the latter).
/// The item's date (<c>date</c>, else <c>start</c>) must be certainly before <c>registered</c>:
/// a bare date on the day of registration is not.
/// </summary>
public sealed class CF1801BeforeRegistration : Rule
{
    private static readonly string[] ExemptActions = ["scene-inspection", "examination"];
    private static readonly string[] ExemptKinds = ["operational-material", "document", "covert-action-result"];

    public override RuleDescriptor Descriptor { get; } = new("CF1801", "before-registration", "18", Severity.Error);

    public override void Check(RuleContext context)
    {
        if (context.Case.Registered is not { } registered || CaseKeys.Attribute(context, "registered") is not { } registeredAttribute)
        {
            return;
        }

        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Date is not { } date
                || !date.IsCertainlyBefore(registered)
                || ExemptKinds.Any(evidence.IsOfKind)
                || ExemptActions.Any(a => evidence.Attributes.Is("action", a)))
            {
                continue;
            }

            context.Report(
                evidence.DateAttribute!.ValueSpan,
                context.Message(evidence.Id, date, registered),
                evidence,
                CaseKeys.At(context, registeredAttribute, new Message("CF1801_RelatedRegistered", registered)));
        }
    }
}
