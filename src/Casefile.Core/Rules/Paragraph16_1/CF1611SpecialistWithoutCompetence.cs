using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Vocabulary;

namespace Casefile.Rules.Paragraph16_1;

/// <summary>
/// Para 16-1: "the opinion of a person involved as a specialist who lacks the relevant competence
/// in the questions being examined is inadmissible evidence". The file can state only whether the
/// specialist has a <c>competence</c> at all: absent, empty or <c>none</c> is flagged. Whether the
/// stated field fits the question is for a person to judge.
/// </summary>
public sealed class CF1611SpecialistWithoutCompetence : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1611", "specialist-without-competence", "16-1", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (Specialists.Of(evidence) is not (var specialist, var attribute))
            {
                continue;
            }

            var competence = specialist.Attributes.Text("competence");
            if (competence is not null && Terms.None.Find(competence) is null)
            {
                continue;
            }

            context.Report(
                attribute.ValueSpan,
                context.Message(evidence.Id, specialist.Id),
                evidence,
                RuleContext.At(specialist, new Message("CF1611_RelatedSpecialist", specialist.Id)));
        }
    }
}
