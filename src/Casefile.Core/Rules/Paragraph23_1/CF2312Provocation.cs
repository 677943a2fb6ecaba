using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph23_1;

/// <summary>
/// Para 23-1, second part: in conducting covert investigative actions, behaviour imitating criminal
/// activity or inducing (provoking) another person to commit a criminal offence is not permitted.
/// </summary>
public sealed class CF2312Provocation : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2312", "provocation", "23-1", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.YesNo("provocation") == true)
            {
                context.Report(evidence.Attributes["provocation"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
