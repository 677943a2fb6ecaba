using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph04;

/// <summary>
/// Para 4: each piece of evidence is evaluated for relevance, and the body conducting the process
/// "has no right to include in the materials of the case factual data that have no significance
/// for its resolution". An item whose <c>proves</c> is absent or empty shows no circumstance it
/// bears on. Only absent or empty counts (rules.md): a <c>proves</c> naming an undefined ID is
/// CF0006. An excluded item needs no relevance.
/// </summary>
public sealed class CF0401RelevanceNotShown : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0401", "relevance-not-shown", "4", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.IsExcluded)
            {
                continue;
            }

            var proves = evidence.Attributes["proves"];
            if (proves is null)
            {
                context.Report(evidence.HeadingSpan, context.Message(evidence.Id), evidence);
            }
            else if (proves.IsEmpty)
            {
                context.Report(proves.KeySpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
