using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Rules.Paragraph23_1;

/// <summary>
/// Para 23-1, second part: art. 231 subpara 10) and art. 251 CPC, which provided for covert
/// infiltration and imitation of criminal activity, were excluded from the CPC by the Law of
/// 27.12.2019 No. 292-VI. An action the law no longer provides cannot yield admissible evidence.
/// </summary>
public sealed class CF2313AbolishedCovertAction : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2313", "abolished-covert-action", "23-1", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.Term("covert-action") is { Canonical: "imitation" or "infiltration" } action)
            {
                context.Report(evidence.Attributes["covert-action"]!.ValueSpan, context.Message(evidence.Id, new LocalizedTerm(action)), evidence);
            }
        }
    }
}
