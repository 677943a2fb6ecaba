namespace Casefile.Syntax;

/// <summary>
/// <c>&lt;!-- casefile-ignore CF1504: reason --&gt;</c>. Several codes may be listed, separated by
/// commas. <see cref="TargetLine"/> is the line of the heading or attribute it stands before, or
/// -1 when nothing follows that it could apply to.
/// </summary>
public sealed record SuppressionSyntax(
    TextSpan Span,
    int Line,
    IReadOnlyList<SuppressedCode> Codes,
    string? Reason,
    int TargetLine)
{
    public bool HasReason => !string.IsNullOrWhiteSpace(Reason);
}

public sealed record SuppressedCode(string Code, TextSpan Span);
