using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Format;

/// <summary><c>end</c> before <c>start</c>, or a period that ends before it begins.</summary>
public sealed class CF0008EndsBeforeStart : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0008", "ends-before-start", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Start is { } start && evidence.End is { } end && end.IsCertainlyBefore(start))
            {
                var endAttribute = evidence.Attributes["end"]!;
                context.Report(
                    endAttribute.ValueSpan,
                    context.Message(end, start),
                    evidence,
                    RuleContext.At(evidence, evidence.Attributes["start"]!, new Message("Related_StartHere")));
            }
        }

        foreach (var (owner, bag) in context.File.AttributeBags)
        {
            if (!bag.HasPeriods)
            {
                continue;
            }

            foreach (var attribute in bag.All)
            {
                if (attribute.Value is PeriodValue period && period.Value.EndsBeforeItBegins)
                {
                    context.Report(attribute.ValueSpan, context.MessageVariant("Period", period.Value.To, period.Value.From, attribute.Syntax.Key), owner);
                }
            }
        }
    }
}
