using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Rules.Paragraph22;

/// <summary>
/// Para 22, sixth part: statements obtained from a person in connection with a suspicion that he
/// committed a criminal offence and recorded, in breach of arts. 182, 210, 212 and 216 CPC, as an
/// "explanation", a "voluntary surrender with confession" or an "interrogation as a witness" may
/// not be attached to the case or recognised as admissible (art. 112 CPC). A statement of a
/// suspect is any evidence item whose <c>person</c> is a suspect, accused or defendant.
/// </summary>
public sealed class CF2205SuspectStatementInWrongForm : Rule
{
    private static readonly HashSet<string> ForbiddenForms = ["explanation", "confession", "witness-interrogation"];

    public override RuleDescriptor Descriptor { get; } = new("CF2205", "suspect-statement-in-wrong-form", "22", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Person is not { IsSuspectOrAccused: true, Role: { } role } person
                || evidence.Attributes.Term("form") is not { } form
                || !ForbiddenForms.Contains(form.Canonical))
            {
                continue;
            }

            context.Report(
                evidence.Attributes["form"]!.ValueSpan,
                context.Message(evidence.Id, person.Id, new LocalizedTerm(role), new LocalizedTerm(form)),
                evidence,
                RuleContext.At(person, person.Attributes["role"]!, new Message("Related_RoleDefinedHere", person.Id)));
        }
    }
}
