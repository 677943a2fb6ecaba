namespace Casefile.LanguageServer.Protocol;

// textDocument/semanticTokens/full and /range (LSP 3.17).

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary>Tokens in the relative encoding: five integers per token (deltaLine, deltaStart, length, tokenType, tokenModifiers).</summary>
public sealed record SemanticTokens(IReadOnlyList<int> Data)
{
    public string? ResultId { get; init; }
}

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);
