using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Rules.Paragraph22;

/// <summary>
/// Readings shared by the rules of paragraphs 22 to 26: where to point when a key is at fault
/// or missing, what was written, whether a prosecutor's sanction is given at all.
/// </summary>
internal static class Facts
{
    /// <summary>
    /// The narrowest place that shows a missing or wrong attribute: its value when one is written,
    /// its key when the value is empty (a placeholder), else <paramref name="fallback"/>.
    /// </summary>
    public static TextSpan SpanOf(BoundAttribute? attribute, TextSpan fallback) =>
        attribute is null ? fallback : attribute.IsEmpty ? attribute.KeySpan : attribute.ValueSpan;

    /// <summary>The value as the reader's language names it when it is a known term, else as written.</summary>
    public static object Written(BoundAttribute attribute) =>
        attribute.Value is TermValue term ? new LocalizedTerm(term.Term) : attribute.Syntax.Value;

    /// <summary>
    /// No prosecutor's sanction is given: <c>sanction-by</c> is absent, empty or <c>none</c>. A value
    /// that cannot be read (CF0003) or an undefined ID (CF0006) is not read as "no sanction".
    /// </summary>
    public static bool HasNoSanction(Evidence evidence) =>
        !evidence.Attributes.Has("sanction-by") || evidence.Attributes.IsNone("sanction-by");

    /// <summary>
    /// A free-text fact that is not established: absent, empty, or the word "none" in any language
    /// (free-text keys do not read "none" as a word of their own).
    /// </summary>
    public static bool IsNotEstablished(Evidence evidence, string key) =>
        evidence.Attributes.Text(key) is not { } text || Terms.None.Find(text) is not null;
}

/// <summary>Several localisable clauses joined by "; ", each in the reader's language.</summary>
internal sealed record MessageList(IReadOnlyList<Message> Parts) : ILocalizable
{
    public string Format(Language language) => string.Join("; ", Parts.Select(p => p.Format(language)));
}
