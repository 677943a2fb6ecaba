using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph16;

/// <summary>
/// Para 16: an expert's opinion obtained "in violation of other requirements of the law (without
/// observing the sequence in which types of expert examination are to be conducted)" is not
/// admissible. Fires on <c>expertise-order-violated: yes</c>, on whatever item states it.
/// </summary>
public sealed class CF1602ExpertiseOrderViolated : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1602", "expertise-order-violated", "16", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.YesNo("expertise-order-violated") == true)
            {
                context.Report(evidence.Attributes["expertise-order-violated"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
