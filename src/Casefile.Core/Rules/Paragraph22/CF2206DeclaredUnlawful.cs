using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph22;

/// <summary>
/// Para 22, last part: when the prosecutor has decided that the operational-search measures were
/// unlawful, their materials are inadmissible as evidence.
/// </summary>
public sealed class CF2206DeclaredUnlawful : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2206", "declared-unlawful", "22", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.YesNo("declared-unlawful") == true)
            {
                context.Report(evidence.Attributes["declared-unlawful"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
