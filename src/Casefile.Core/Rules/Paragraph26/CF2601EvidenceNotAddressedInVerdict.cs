using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Rules.Paragraph22;

namespace Casefile.Rules.Paragraph26;

/// <summary>
/// Para 26, first part: a verdict must consist of the evidence on which the court's conclusions
/// rest and the reasons for which other evidence is rejected. At trial or on appeal, every item
/// must say whether the verdict relies on it or rejects it (<c>in-verdict</c>), and a rejected
/// item must give the reason (<c>rejection-reason</c>). A warning: the verdict may not be written yet.
/// </summary>
public sealed class CF2601EvidenceNotAddressedInVerdict : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2601", "evidence-not-addressed-in-verdict", "26", Severity.Warning);

    public override void Check(RuleContext context)
    {
        if (!context.Case.IsAtTrialOrAppeal)
        {
            return;
        }

        foreach (var evidence in context.File.Evidence)
        {
            var inVerdict = evidence.Attributes["in-verdict"];
            if (!evidence.Attributes.Has("in-verdict"))
            {
                context.Report(Facts.SpanOf(inVerdict, evidence.HeadingSpan), context.Message(evidence.Id), evidence);
            }
            else if (evidence.Attributes.Is("in-verdict", "rejected") && Facts.IsNotEstablished(evidence, "rejection-reason"))
            {
                var span = Facts.SpanOf(evidence.Attributes["rejection-reason"], inVerdict!.ValueSpan);
                context.Report(span, context.MessageVariant("NoReason", evidence.Id), evidence);
            }
        }
    }
}
