using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Rules.Paragraph22;

namespace Casefile.Rules.Paragraph26;

/// <summary>
/// Para 26, second part: if not all the arguments in defence of the defendant have been verified and
/// evaluated, the court may not deliver a guilty verdict (art. 393 part 3 CPC). At trial or on
/// appeal, every defence argument must be <c>checked: yes</c>.
/// </summary>
public sealed class CF2602UncheckedDefenceArgument : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2602", "unchecked-defence-argument", "26", Severity.Error);

    public override void Check(RuleContext context)
    {
        if (!context.Case.IsAtTrialOrAppeal)
        {
            return;
        }

        foreach (var argument in context.File.Arguments)
        {
            if (argument.IsChecked)
            {
                continue;
            }

            var span = Facts.SpanOf(argument.Attributes["checked"], argument.HeadingSpan);
            context.Report(span, context.Message(argument.Id), argument);
        }
    }
}
