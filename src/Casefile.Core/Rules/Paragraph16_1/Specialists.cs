using Casefile.Model;

namespace Casefile.Rules.Paragraph16_1;

/// <summary>
/// Who gave a specialist opinion (para 16-1). It is the item's <c>person</c> ("whose testimony,
/// opinion or statement this is"), whatever role that person has. Only when <c>person</c> is
/// absent does <c>conducted-by</c> stand in, and then only if it names a person with role
/// specialist: otherwise <c>conducted-by</c> is the official who engaged the specialist.
/// </summary>
internal static class Specialists
{
    public static (Person Specialist, BoundAttribute Attribute)? Of(Evidence evidence)
    {
        if (!evidence.IsOfKind("specialist-opinion"))
        {
            return null;
        }

        if (evidence.Attributes.Has("person"))
        {
            return evidence.Person is { } person ? (person, evidence.Attributes["person"]!) : null;
        }

        return evidence.ConductedBy is { } conductor && conductor.HasRole("specialist")
            ? (conductor, evidence.Attributes["conducted-by"]!)
            : null;
    }
}
