using Casefile.Localization;
using Casefile.Syntax;

namespace Casefile.Diagnostics;

/// <summary>
/// One problem found in a case file: the rule, the effective severity, the exact range at fault,
/// the message naming the fact, related places and the entity it concerns.
/// </summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    Severity Severity,
    string Path,
    TextSpan Span,
    LineRange Range,
    Message Message,
    IReadOnlyList<RelatedLocation> Related,
    EntityId? Entity)
{
    public string Code => Rule.Code;

    /// <summary>The reason of the <c>casefile-ignore</c> comment that silences this diagnostic, or null.</summary>
    public string? SuppressionReason { get; init; }

    /// <summary>Silenced by a comment with a reason; kept so that tools can report it (SARIF) or show it faded.</summary>
    public bool IsSuppressed => SuppressionReason is not null;

    /// <summary>Made unnecessary or deprecated: shown faded or struck through by editors.</summary>
    public DiagnosticTag Tags { get; init; }

    public string Format(Language language) => Message.Format(language);

    public override string ToString() => $"{Path}:{Range.Start}: {Severity.Name()} {Code} {Message}";
}

[Flags]
public enum DiagnosticTag
{
    None = 0,
    Unnecessary = 1,
    Deprecated = 2,
}
