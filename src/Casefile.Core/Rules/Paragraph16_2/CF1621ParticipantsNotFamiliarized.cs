using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph16_2;

/// <summary>
/// Para 16-2: participants familiarising themselves with the order appointing an expertise or
/// engaging a specialist may challenge the expert or specialist for lack of competence
/// (CPC art. 92 part 1 subpara 2, art. 93 part 1 subpara 4); the person who ordered the
/// expertise is obliged to familiarise them. An expert or specialist opinion with
/// <c>participants-familiarized: no</c> was obtained without that right; an absent key states nothing.
/// </summary>
public sealed class CF1621ParticipantsNotFamiliarized : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1621", "participants-not-familiarized", "16-2", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            var specialist = evidence.IsOfKind("specialist-opinion");
            if (!(specialist || evidence.IsOfKind("expert-opinion")) || evidence.Attributes.YesNo("participants-familiarized") != false)
            {
                continue;
            }

            var message = specialist ? context.MessageVariant("Specialist", evidence.Id) : context.Message(evidence.Id);
            var related = evidence.Person is { } person
                ? new[] { RuleContext.At(person, new Message(specialist ? "CF1621_RelatedSpecialist" : "CF1621_RelatedExpert", person.Id)) }
                : [];
            context.Report(evidence.Attributes["participants-familiarized"]!.ValueSpan, message, evidence, related);
        }
    }
}
