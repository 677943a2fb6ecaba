namespace Casefile.LanguageServer.Protocol;

// textDocument/codeLens (LSP 3.17).

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

/// <summary>
/// A lens shown above a line. Casefile's lenses are informational: their command has an empty
/// ID, which clients render as plain, non-clickable text.
/// </summary>
public sealed record CodeLens(Range Range)
{
    public Command? Command { get; init; }

    public object? Data { get; init; }
}
