using Casefile.Model;

namespace Casefile.Rules.Paragraph15;

/// <summary>Why a person may not conduct a procedural action in the case (paras 15, 16).</summary>
internal enum AuthorityFault
{
    None,

    /// <summary>The person's role is not investigator, inquirer, prosecutor, judge or investigating judge.</summary>
    NotOfficial,

    /// <summary>An official who has <c>authorized: no</c>.</summary>
    NotAuthorized,
}

/// <summary>
/// Whether a person had authority to conduct an interrogation (para 15) or to appoint an
/// expertise (para 16). Only what the file states counts: a person with no readable <c>role</c>
/// is not flagged, since the role is a fact still to be filled in.
/// </summary>
internal static class Authority
{
    public static AuthorityFault FaultOf(Person person) =>
        person.Role is null ? AuthorityFault.None
        : !person.IsOfficial ? AuthorityFault.NotOfficial
        : !person.IsAuthorizedOfficial ? AuthorityFault.NotAuthorized
        : AuthorityFault.None;

    /// <summary>The attribute of the person that shows the fault: its <c>role</c> or its <c>authorized: no</c>.</summary>
    public static BoundAttribute AttributeOf(Person person, AuthorityFault fault) =>
        fault == AuthorityFault.NotAuthorized ? person.Attributes["authorized"]! : person.Attributes["role"]!;
}
