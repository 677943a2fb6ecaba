namespace Casefile.LanguageServer.Protocol;

// textDocument/foldingRange (LSP 3.17).

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

/// <summary>Lines <see cref="StartLine"/> to <see cref="EndLine"/>; folding hides every line after the first.</summary>
public sealed record FoldingRange(int StartLine, int EndLine)
{
    public int? StartCharacter { get; init; }

    public int? EndCharacter { get; init; }

    public string? Kind { get; init; }

    /// <summary>Shown instead of the folded text by clients that support it (textDocument.foldingRange.foldingRange.collapsedText).</summary>
    public string? CollapsedText { get; init; }
}

public static class FoldingRangeKind
{
    public const string Comment = "comment";
    public const string Imports = "imports";
    public const string Region = "region";
}
