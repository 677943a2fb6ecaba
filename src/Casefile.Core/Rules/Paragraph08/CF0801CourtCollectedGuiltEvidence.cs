using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph08;

/// <summary>
/// Para 8: the court verifies evidence only within the limits the parties presented it, and
/// "must not collect additional evidence of the guilt or innocence of the defendant or for
/// remedying the shortcomings of the pre-trial investigation". Evidence <c>collected-by: court</c>
/// with <c>purpose: guilt</c> is exactly that. Information the court asks the prosecution for
/// (<c>collected-by: party</c>), or collected for another purpose (personality, the value of
/// property), is not flagged.
/// </summary>
public sealed class CF0801CourtCollectedGuiltEvidence : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0801", "court-collected-guilt-evidence", "8", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.Attributes.Is("collected-by", "court") || !evidence.Attributes.Is("purpose", "guilt"))
            {
                continue;
            }

            var collectedBy = evidence.Attributes["collected-by"]!;
            context.Report(
                evidence.Attributes["purpose"]!.ValueSpan,
                context.Message(evidence.Id),
                evidence,
                RuleContext.At(evidence, collectedBy, new Message("CF0801_RelatedCollectedBy", evidence.Id)));
        }
    }
}
