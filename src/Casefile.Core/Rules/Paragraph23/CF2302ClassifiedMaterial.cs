using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph23;

/// <summary>
/// Para 23, second part: when evaluating the evidence, the body conducting the criminal process must
/// take measures to protect the information obtained that constitutes state and other secrets. A
/// reminder, not a fault: the item stays admissible.
/// </summary>
public sealed class CF2302ClassifiedMaterial : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2302", "classified-material", "23", Severity.Information);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.YesNo("classified") == true)
            {
                context.Report(evidence.Attributes["classified"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
