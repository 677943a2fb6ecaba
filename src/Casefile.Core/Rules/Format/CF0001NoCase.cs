using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Syntax;

namespace Casefile.Rules.Format;

/// <summary>A case file's first level-1 heading is the case; without one there is no case.</summary>
public sealed class CF0001NoCase : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0001", "no-case", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        var syntax = context.File.Syntax;
        if (syntax.CaseHeading is not null)
        {
            return;
        }

        // Point at the first line with text (a heading, usually), never at the whole file.
        var text = syntax.Text;
        var span = new TextSpan(0, 0);
        for (var line = 0; line < text.LineCount; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            if (!string.IsNullOrWhiteSpace(text[lineSpan]))
            {
                span = lineSpan;
                break;
            }
        }

        context.Report(span, context.Message());
    }
}
