using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph13;

/// <summary>
/// Para 13: contradictory testimony about the same circumstances must be resolved with the help of
/// other evidence, stating the reasons why one was accepted and the others rejected. An item whose
/// <c>contradicts</c> names other evidence and whose <c>contradiction-resolved</c> is absent, empty
/// or <c>none</c>. Each item answers for its own <c>contradicts</c>.
/// </summary>
public sealed class CF1302UnresolvedContradiction : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1302", "unresolved-contradiction", "13", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            var contradicted = evidence.Attributes.References("contradicts");
            if (contradicted.Count == 0 || Stated.Has(evidence.Attributes, "contradiction-resolved"))
            {
                continue;
            }

            var related = contradicted
                .Select(r => r.Target).OfType<Evidence>().Distinct()
                .Select(e => RuleContext.At(e, new Message("CF1302_RelatedContradicted", e.Id)))
                .ToArray();
            context.Report(
                evidence.Attributes["contradicts"]!.ValueSpan,
                context.Message(evidence.Id, Stated.Ids(contradicted.Select(r => r.Id).Distinct())),
                evidence,
                related);
        }
    }
}
