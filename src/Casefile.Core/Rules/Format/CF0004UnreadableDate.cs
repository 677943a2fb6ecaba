using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using System.Text.RegularExpressions;

namespace Casefile.Rules.Format;

/// <summary>A date, time or period that does not parse in any accepted form.</summary>
public sealed partial class CF0004UnreadableDate : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0004", "unreadable-date", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, bag) in context.File.AttributeBags)
        {
            if (!bag.HasProblems)
            {
                continue;
            }

            foreach (var attribute in bag.All)
            {
                foreach (var problem in attribute.Problems)
                {
                    var written = problem.Part.Text;
                    var message = problem.Kind switch
                    {
                        AttributeProblemKind.NotAPeriod => context.MessageVariant("Period", written, attribute.Syntax.Key),
                        AttributeProblemKind.NotADate when WellFormed().IsMatch(written) => context.MessageVariant("NoSuchDate", written, attribute.Syntax.Key),
                        AttributeProblemKind.NotADate => context.Message(written, attribute.Syntax.Key),
                        _ => null,
                    };

                    if (message is not null)
                    {
                        context.Report(problem.Part.Span, message, owner);
                    }
                }
            }
        }
    }

    /// <summary>Shaped like an accepted form, so the fault is the calendar or the clock (31.02, 24:30).</summary>
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})([ T]\d{2}:\d{2})?$")]
    private static partial Regex WellFormed();
}
