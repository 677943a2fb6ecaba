using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph21;

/// <summary>
/// Para 21, fourth part: if the original of a written document the parties dispute is not
/// presented and the relevant expertise of it cannot be conducted, it cannot be evidence. All three
/// facts must be written: <c>disputed: yes</c>, <c>original: no</c>, <c>expertise-possible: no</c>.
/// The diagnostic points at <c>original</c>, the missing original being the fault; the other two
/// facts are related locations.
/// </summary>
public sealed class CF2103DisputedCopy : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2103", "disputed-copy-without-original", "21", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("document")
                || evidence.Attributes.YesNo("disputed") != true
                || evidence.Attributes.YesNo("original") != false
                || evidence.Attributes.YesNo("expertise-possible") != false)
            {
                continue;
            }

            context.Report(
                evidence.Attributes["original"]!.ValueSpan,
                context.Message(evidence.Id),
                evidence,
                RuleContext.At(evidence, evidence.Attributes["disputed"]!, new Message("CF2103_RelatedDisputed")),
                RuleContext.At(evidence, evidence.Attributes["expertise-possible"]!, new Message("CF2103_RelatedNoExpertise")));
        }
    }
}
