using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>Why (part of) a value could not be read: the format diagnostics CF0003 and CF0004 report these.</summary>
public sealed record AttributeProblem(AttributeProblemKind Kind, ValueText Part, TermSet? Expected = null);

public enum AttributeProblemKind
{
    /// <summary>A word outside the key's enumeration (CF0003).</summary>
    NotInEnumeration,

    /// <summary>Neither an ID nor one of the words the key allows (CF0003).</summary>
    NotAnIdOrWord,

    /// <summary>A date or time that does not parse (CF0004).</summary>
    NotADate,

    /// <summary>A period without "..", or with a missing bound (CF0004).</summary>
    NotAPeriod,
}
