using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph04;

/// <summary>
/// Para 4: inadmissible evidence may not be examined or relied on, and sufficiency is judged on the
/// evidence that remains. A charged circumstance every one of whose proving items is inadmissible
/// (an unsuppressed paragraph-rule error, or <c>status: excluded</c>) is left without proof. Each
/// item is linked, with what makes it inadmissible.
/// </summary>
public sealed class CF0404OnlyInadmissibleProof : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0404", "only-inadmissible-proof", "4", Severity.Error);

    public override RulePhase Phase => RulePhase.Admissibility;

    public override void Check(RuleContext context)
    {
        foreach (var circumstance in context.File.Circumstances)
        {
            if (!circumstance.IsCharged || circumstance.ProvedBy.Count == 0)
            {
                continue;
            }

            var judged = circumstance.ProvedBy.Select(e => (Evidence: e, Admissibility: context.AdmissibilityOf(e))).ToList();
            if (judged.Any(j => j.Admissibility.IsAdmissible))
            {
                continue;
            }

            var related = judged.Select(j => RuleContext.At(j.Evidence, Why(j.Evidence, j.Admissibility))).ToArray();
            context.Report(circumstance.HeadingSpan, context.Message(circumstance.Id, Stated.Ids(judged.Select(j => j.Evidence))), circumstance, related);
        }
    }

    private static Message Why(Evidence evidence, Admissibility admissibility) =>
        admissibility.IsExcluded
            ? new Message("CF0404_RelatedExcluded", evidence.Id)
            : new Message("CF0404_RelatedViolations", evidence.Id, string.Join(", ", admissibility.Codes));
}
