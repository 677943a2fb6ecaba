namespace Casefile.Vocabulary;

/// <summary>What a key's value may be.</summary>
public abstract record ValueShape
{
    /// <summary>Free text; <c>none</c> (in any language) means "there is none" where <see cref="AllowsNone"/>.</summary>
    public sealed record Text(bool AllowsNone = false) : ValueShape;

    public sealed record Enumeration(TermSet Values, bool IsList = false) : ValueShape;

    /// <summary>A date or a date-time in any accepted form.</summary>
    public sealed record DateTime : ValueShape;

    /// <summary><c>FROM .. TO</c>.</summary>
    public sealed record Period : ValueShape;

    /// <summary>A period and an optional reason in parentheses from <see cref="Reasons"/>.</summary>
    public sealed record PeriodWithReason(TermSet Reasons) : ValueShape;

    /// <summary>
    /// An ID of one of <see cref="Prefixes"/>, or one of <see cref="Words"/> (such as <c>none</c>);
    /// a list of IDs where <see cref="IsList"/>. <see cref="RequiredRoles"/> restricts a person reference.
    /// </summary>
    public sealed record Reference(string Prefixes, TermSet? Words = null, bool IsList = false, IReadOnlyList<string>? RequiredRoles = null) : ValueShape;

    /// <summary>Free text, or an ID of one of <see cref="Prefixes"/> that then must resolve.</summary>
    public sealed record TextOrReference(string Prefixes) : ValueShape;
}
