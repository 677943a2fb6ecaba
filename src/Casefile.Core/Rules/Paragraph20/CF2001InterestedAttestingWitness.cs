using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph20;

/// <summary>
/// Para 20: the participation as attesting witnesses of persons interested in the case (employees
/// of law-enforcement bodies, their interns, students on practice there, persons dependent on the
/// criminal prosecution bodies: parolees, persons under administrative supervision and others) is
/// a ground to hold the protocols of that investigative action inadmissible. A witness is flagged
/// for a written <c>affiliation</c> other than <c>none</c>; an absent one is not (rules.md).
/// </summary>
public sealed class CF2001InterestedAttestingWitness : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2001", "interested-attesting-witness", "20", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("protocol"))
            {
                continue;
            }

            foreach (var witness in evidence.Attributes.References("attesting-witnesses").DistinctBy(w => w.Id))
            {
                if (witness.Target is not Person person
                    || person.Attributes.Term("affiliation") is not { } affiliation
                    || affiliation.Canonical == "none")
                {
                    continue;
                }

                context.Report(
                    witness.Source.Span,
                    context.Message(person.Id, evidence.Id, new LocalizedTerm(affiliation)),
                    evidence,
                    RuleContext.At(person, person.Attributes["affiliation"]!, new Message("CF2001_RelatedAffiliation", person.Id)));
            }
        }
    }
}
