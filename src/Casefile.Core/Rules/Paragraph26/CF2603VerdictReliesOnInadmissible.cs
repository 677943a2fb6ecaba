using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph26;

/// <summary>
/// Para 26, first part, read with para 4 and art. 112 CPC: the verdict rests on the totality of
/// admissible evidence; inadmissible evidence has no legal force and may not ground the court's
/// conclusions. Evidence with <c>in-verdict: relied</c> that is inadmissible (an unsuppressed error of
/// a paragraph rule, or <c>status: excluded</c>) is flagged; the message names the codes that make
/// it inadmissible and the related locations point at those diagnostics.
/// </summary>
public sealed class CF2603VerdictReliesOnInadmissible : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2603", "verdict-relies-on-inadmissible", "26", Severity.Error);

    public override RulePhase Phase => RulePhase.Admissibility;

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.Attributes.Is("in-verdict", "relied"))
            {
                continue;
            }

            var admissibility = context.AdmissibilityOf(evidence);
            if (admissibility.IsAdmissible)
            {
                continue;
            }

            var related = admissibility.Violations
                .Select(v => new RelatedLocation(v.Path, v.Span, v.Range, new Message("CF2603_RelatedViolation", v.Code, v.Message)))
                .ToList();
            if (admissibility.IsExcluded && evidence.Attributes["status"] is { } status)
            {
                related.Insert(0, RuleContext.At(evidence, status, new Message("CF2603_RelatedExcluded", evidence.Id)));
            }

            var codes = string.Join(", ", admissibility.Codes);
            var message = (admissibility.IsExcluded, codes.Length > 0) switch
            {
                (true, true) => context.MessageVariant("ExcludedAndViolations", evidence.Id, codes),
                (true, false) => context.MessageVariant("Excluded", evidence.Id),
                _ => context.Message(evidence.Id, codes),
            };
            context.Report(evidence.Attributes["in-verdict"]!.ValueSpan, message, evidence.Id, related);
        }
    }
}
