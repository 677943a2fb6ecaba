using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph04;

/// <summary>
/// Para 4: "in resolving the question of the inadmissibility of evidence, the court must in each
/// instance specifically establish the violation of law that was committed". An item marked
/// <c>status: excluded</c> must therefore name that violation in <c>exclusion-ground</c>; an absent
/// or empty ground, or the word <c>none</c>, names nothing.
/// </summary>
public sealed class CF0402ExclusionWithoutGround : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0402", "exclusion-without-ground", "4", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.IsExcluded && !Stated.Has(evidence.Attributes, "exclusion-ground"))
            {
                context.Report(Stated.MissingSpan(evidence, "exclusion-ground"), context.Message(evidence.Id), evidence);
            }
        }
    }
}
