namespace Casefile.LanguageServer.Protocol;

// textDocument/inlayHint (LSP 3.17).

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary>A hint shown inline after a position. <see cref="Tooltip"/> is a string or <see cref="MarkupContent"/>.</summary>
public sealed record InlayHint(Position Position, string Label)
{
    public int? Kind { get; init; }

    public object? Tooltip { get; init; }

    public bool? PaddingLeft { get; init; }

    public bool? PaddingRight { get; init; }
}

public static class InlayHintKind
{
    public const int Type = 1;
    public const int Parameter = 2;
}
