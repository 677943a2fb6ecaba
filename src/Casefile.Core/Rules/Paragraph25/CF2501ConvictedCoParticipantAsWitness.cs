using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Rules.Paragraph25;

/// <summary>
/// Para 25, second part: persons convicted by an earlier verdict are not witnesses; questioned at
/// trial in the separated case, they must not be warned of criminal liability for knowingly false
/// testimony or for refusing to testify. Testimony of a person with
/// <c>convicted-in-separated-case: yes</c> is flagged when that person has the role witness or
/// <c>warned-of-liability: yes</c>; the message names which of the two.
/// </summary>
public sealed class CF2501ConvictedCoParticipantAsWitness : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2501", "convicted-co-participant-as-witness", "25", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony
                || evidence.Person is not { } person
                || person.Attributes.YesNo("convicted-in-separated-case") != true)
            {
                continue;
            }

            var asWitness = person.HasRole("witness");
            var warned = person.Attributes.YesNo("warned-of-liability") == true;
            if (!asWitness && !warned)
            {
                continue;
            }

            var related = new List<RelatedLocation>
            {
                RuleContext.At(person, person.Attributes["convicted-in-separated-case"]!, new Message("CF2501_RelatedConvicted", person.Id)),
            };
            if (asWitness)
            {
                related.Add(RuleContext.At(person, person.Attributes["role"]!, new Message("Related_RoleDefinedHere", person.Id)));
            }

            if (warned)
            {
                related.Add(RuleContext.At(person, person.Attributes["warned-of-liability"]!, new Message("CF2501_RelatedWarned", person.Id)));
            }

            var message = (asWitness, warned) switch
            {
                (true, true) => context.MessageVariant("Both", evidence.Id, person.Id, new LocalizedTerm(person.Role!)),
                (true, false) => context.MessageVariant("Witness", evidence.Id, person.Id, new LocalizedTerm(person.Role!)),
                _ => context.Message(evidence.Id, person.Id),
            };
            context.Report(evidence.Attributes["person"]!.ValueSpan, message, evidence, related.ToArray());
        }
    }
}
