using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph16;

/// <summary>
/// Para 16: "an explanation given by the accused in the course of the expert examination and set
/// out in the expert's opinion, in which he admits his guilt … must not be recognised as
/// evidence". Only the confession is barred, not the opinion: hence a warning, which never makes
/// the opinion inadmissible.
/// </summary>
public sealed class CF1603ConfessionInOpinion : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1603", "confession-in-expert-opinion", "16", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.YesNo("contains-confession") == true)
            {
                context.Report(evidence.Attributes["contains-confession"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
