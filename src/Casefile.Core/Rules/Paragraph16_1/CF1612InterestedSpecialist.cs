using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph16_1;

/// <summary>
/// Para 16-1: "in accordance with Article 80 of the CPC, a person with special knowledge who is
/// not interested in the case may be involved as a specialist". A specialist opinion whose
/// specialist has <c>interested: yes</c> is flagged; an absent key states nothing.
/// </summary>
public sealed class CF1612InterestedSpecialist : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1612", "interested-specialist", "16-1", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (Specialists.Of(evidence) is not (var specialist, var attribute) || specialist.Attributes.YesNo("interested") != true)
            {
                continue;
            }

            context.Report(
                attribute.ValueSpan,
                context.Message(evidence.Id, specialist.Id),
                evidence,
                RuleContext.At(specialist, specialist.Attributes["interested"]!, new Message("CF1612_RelatedInterest", specialist.Id)));
        }
    }
}
