using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph04;

/// <summary>
/// Para 4: evidence is sufficient when it establishes the circumstances subject to proof under
/// art. 113 CPC. A circumstance the charge rests on (<c>charged: yes</c>) that no evidence of the
/// case names in <c>proves</c> is established by nothing. When evidence does name it but all of
/// it is inadmissible, that is CF0404 instead; so this rule runs with the admissibility rules.
/// </summary>
public sealed class CF0403ChargedCircumstanceUnproved : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0403", "charged-circumstance-unproved", "4", Severity.Warning);

    public override RulePhase Phase => RulePhase.Admissibility;

    public override void Check(RuleContext context)
    {
        foreach (var circumstance in context.File.Circumstances)
        {
            if (circumstance.IsCharged && circumstance.ProvedBy.Count == 0)
            {
                context.Report(circumstance.HeadingSpan, context.Message(circumstance.Id), circumstance);
            }
        }
    }
}
