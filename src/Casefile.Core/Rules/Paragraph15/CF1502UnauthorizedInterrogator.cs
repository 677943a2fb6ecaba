using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph15;

/// <summary>
/// Para 15: testimony "given at an interrogation by a person without authority to carry out
/// procedural actions in this case" is not admissible. The interrogator is <c>conducted-by</c>;
/// it must be an official (investigator, inquirer, prosecutor, judge, investigating judge) who
/// does not have <c>authorized: no</c>. No situation that brooks no delay excuses this: the
/// exception of para 15 concerns the place and time of the interrogation.
/// </summary>
public sealed class CF1502UnauthorizedInterrogator : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1502", "unauthorized-interrogator", "15", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony || evidence.ConductedBy is not { } conductor)
            {
                continue;
            }

            var fault = Authority.FaultOf(conductor);
            if (fault == AuthorityFault.None)
            {
                continue;
            }

            var whose = evidence.Person is { } person ? person.Id.ToString() : "—";
            var role = new LocalizedTerm(conductor.Role!);
            var message = fault == AuthorityFault.NotAuthorized
                ? context.MessageVariant("NotAuthorized", whose, conductor.Id, role)
                : context.Message(whose, conductor.Id, role);
            var related = new List<RelatedLocation>
            {
                RuleContext.At(conductor, Authority.AttributeOf(conductor, fault), new Message("CF1502_RelatedConductor", conductor.Id)),
            };
            if (evidence.Person is { } p)
            {
                related.Add(RuleContext.At(p, new Message("Related_InterrogatedPerson", p.Id)));
            }

            context.Report(evidence.Attributes["conducted-by"]!.ValueSpan, message, evidence, [.. related]);
        }
    }
}
