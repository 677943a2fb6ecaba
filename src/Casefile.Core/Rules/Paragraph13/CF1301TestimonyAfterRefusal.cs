using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph13;

/// <summary>
/// Para 13: "when a witness in court refuses to testify on the basis of Article 78 part 3 of the
/// CPC, the testimony he gave in the course of the pre-trial investigation cannot be read out and
/// cannot be recognised as evidence". Testimony whose person has <c>refused-to-testify: art-78</c>.
/// The paragraph concerns the pre-trial testimony, so testimony taken in court (<c>place: court</c>
/// or <c>collected-by: court</c>) is not flagged.
/// </summary>
public sealed class CF1301TestimonyAfterRefusal : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1301", "testimony-after-refusal", "13", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony || evidence.TakenInCourt || evidence.Person is not { } person || !person.Attributes.Is("refused-to-testify", "art-78"))
            {
                continue;
            }

            context.Report(
                evidence.Attributes["person"]!.ValueSpan,
                context.Message(evidence.Id, person.Id),
                evidence,
                RuleContext.At(person, person.Attributes["refused-to-testify"]!, new Message("CF1301_RelatedRefusal", person.Id)));
        }
    }
}
