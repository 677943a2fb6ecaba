namespace Casefile.LanguageServer.Protocol;

// textDocument/hover, as in LSP 3.17.

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position)
{
    public object? WorkDoneToken { get; init; }
}

/// <summary>The hover's contents (MarkupContent: markdown or plaintext) and the range of the element it is about.</summary>
public sealed record Hover(MarkupContent Contents)
{
    public Range? Range { get; init; }
}
