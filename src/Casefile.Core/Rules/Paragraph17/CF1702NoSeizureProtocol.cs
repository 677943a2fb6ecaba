using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph17;

/// <summary>
/// Para 17: "physical evidence obtained and included in the case in violation of the criminal
/// procedure law (without drawing up a protocol …) must be recognised as inadmissible". Fires on
/// physical evidence with <c>seizure-protocol: none</c>; an absent key states nothing.
/// </summary>
public sealed class CF1702NoSeizureProtocol : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1702", "no-seizure-protocol", "17", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.IsOfKind("physical-evidence") && evidence.Attributes.IsNone("seizure-protocol"))
            {
                context.Report(evidence.Attributes["seizure-protocol"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
