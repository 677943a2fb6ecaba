using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph22;

/// <summary>
/// Para 22, fifth part: operational-search measures in respect of judges conducted without first
/// obtaining the prosecutor's sanction make the materials inadmissible; no urgency excuses it. A
/// judge includes an investigating judge (rules.md). The sanction must be dated before the measure
/// (its <c>start</c>, else <c>date</c>); it is flagged when it is certainly not: a sanction and a
/// measure on the same bare date may be in order.
/// </summary>
public sealed class CF2204JudgeWithoutPriorSanction : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2204", "judge-without-prior-sanction", "22", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("operational-material")
                || evidence.Attributes.Target<Person>("target") is not { IsJudge: true, Role: { } role } judge)
            {
                continue;
            }

            var attributes = evidence.Attributes;
            var related = RuleContext.At(judge, new Message("CF2204_RelatedJudge", judge.Id, new LocalizedTerm(role)));
            if (Facts.HasNoSanction(evidence))
            {
                var span = Facts.SpanOf(attributes["sanction-by"], attributes["target"]!.ValueSpan);
                context.Report(span, context.MessageVariant("NoSanction", evidence.Id, judge.Id, new LocalizedTerm(role)), evidence, related);
                continue;
            }

            if (attributes.Date("sanction-date") is not { } sanction)
            {
                var span = Facts.SpanOf(attributes["sanction-date"], attributes["sanction-by"]!.ValueSpan);
                context.Report(span, context.MessageVariant("Undated", evidence.Id, judge.Id, new LocalizedTerm(role)), evidence, related);
                continue;
            }

            if (evidence.Instant is { } measure && sanction.Earliest >= measure.Latest)
            {
                context.Report(
                    attributes["sanction-date"]!.ValueSpan,
                    context.Message(evidence.Id, judge.Id, new LocalizedTerm(role), sanction.ToString(), measure.ToString()),
                    evidence,
                    related);
            }
        }
    }
}
