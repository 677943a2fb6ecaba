using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

public sealed class Person : Entity
{
    private static readonly HashSet<string> OfficialRoles = ["investigator", "inquirer", "prosecutor", "judge", "investigating-judge"];
    private static readonly HashSet<string> SuspectRoles = ["suspect", "accused", "defendant"];

    private readonly Term? role;

    internal Person(EntitySyntax syntax, CaseFile file, AttributeBag attributes)
        : base(syntax, file, attributes)
    {
        role = attributes.Term("role");
    }

    public override EntityKind Kind => EntityKind.Person;

    public Term? Role => role;

    public bool HasRole(string role) => Role?.Canonical == role;

    /// <summary>Investigator, inquirer, prosecutor, judge or investigating judge (rules.md).</summary>
    public bool IsOfficial => Role is { } role && OfficialRoles.Contains(role.Canonical);

    /// <summary>Suspect, accused or defendant: whose testimony is "testimony of a suspect".</summary>
    public bool IsSuspectOrAccused => Role is { } role && SuspectRoles.Contains(role.Canonical);

    public bool IsJudge => HasRole("judge") || HasRole("investigating-judge");

    /// <summary>An official may act in the case unless <c>authorized: no</c> says otherwise.</summary>
    public bool IsAuthorizedOfficial => IsOfficial && Attributes.YesNo("authorized") != false;
}
