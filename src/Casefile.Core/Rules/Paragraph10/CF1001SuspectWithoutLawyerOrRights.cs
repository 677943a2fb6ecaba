using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Rules.Paragraph10;

/// <summary>
/// Para 10: "if, in the course of pre-trial proceedings, the testimony of a suspect who had not
/// been informed of the right to invite a lawyer and not to testify against himself was given in
/// the absence of a lawyer, this testimony is recognised as inadmissible". Testimony of a suspect,
/// accused or defendant whose own <c>lawyer</c> is <c>none</c> or absent (rules.md: only the
/// item's own key counts) and whose <c>rights-explained</c> is not <c>yes</c>. The paragraph speaks
/// of pre-trial proceedings, so testimony taken in court (<c>place: court</c> or
/// <c>collected-by: court</c>) is not flagged.
/// </summary>
public sealed class CF1001SuspectWithoutLawyerOrRights : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1001", "suspect-without-lawyer-or-rights", "10", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimonyOfSuspect || evidence.TakenInCourt)
            {
                continue;
            }

            var lawyer = evidence.Attributes["lawyer"];
            var noLawyer = lawyer is null || lawyer.IsEmpty || evidence.Attributes.IsNone("lawyer");
            var rights = evidence.Attributes["rights-explained"];
            if (!noLawyer || evidence.Attributes.YesNo("rights-explained") == true)
            {
                continue;
            }

            var person = evidence.Person!;
            var lawyerFact = evidence.Attributes.IsNone("lawyer")
                ? new Message("CF1001_LawyerNone", new LocalizedTerm(evidence.Attributes.Term("lawyer")!))
                : new Message("CF1001_LawyerAbsent");
            Message rightsFact;
            if (rights is null || rights.IsEmpty)
            {
                rightsFact = new Message("CF1001_RightsAbsent");
            }
            else if (evidence.Attributes.Term("rights-explained") is { } term)
            {
                rightsFact = new Message("CF1001_RightsWritten", new LocalizedTerm(term));
            }
            else
            {
                rightsFact = new Message("CF1001_RightsWritten", rights.Syntax.Value);
            }

            var span = rights switch
            {
                null => evidence.HeadingSpan,
                { IsEmpty: true } => rights.KeySpan,
                _ => rights.ValueSpan,
            };
            context.Report(
                span,
                context.Message(evidence.Id, person.Id, new LocalizedTerm(person.Role!), lawyerFact, rightsFact),
                evidence,
                RuleContext.At(person, new Message("Related_InterrogatedPerson", person.Id)));
        }
    }
}
