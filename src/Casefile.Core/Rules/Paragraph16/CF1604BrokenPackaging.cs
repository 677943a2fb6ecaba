using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph16;

/// <summary>
/// Para 16: an opinion based on an object that arrived "with its sealing and packaging, lead seals
/// or stamps broken may, depending on the significance and nature of the violation …, be
/// recognised as inadmissible". Whether it is depends on the breach, which only a person can
/// weigh: hence a warning on <c>packaging: broken</c>.
/// </summary>
public sealed class CF1604BrokenPackaging : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1604", "broken-packaging", "16", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.Is("packaging", "broken"))
            {
                context.Report(evidence.Attributes["packaging"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
