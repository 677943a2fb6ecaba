using System.Text.Json.Nodes;
using Casefile.LanguageServer.Features.CodeLens;
using Casefile.LanguageServer.Server;
using Casefile.Syntax;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.SemanticTokens;

/// <summary>
/// textDocument/semanticTokens/full and /range: keys, enumerated values, IDs, dates and
/// suppressed codes, in LSP's relative encoding with columns in the negotiated position encoding.
/// </summary>
public sealed class SemanticTokensFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["semanticTokensProvider"] = new JsonObject
        {
            ["legend"] = new JsonObject
            {
                ["tokenTypes"] = new JsonArray([.. CaseTokens.TokenTypes.Select(t => JsonValue.Create(t))]),
                ["tokenModifiers"] = new JsonArray([.. CaseTokens.TokenModifiers.Select(t => JsonValue.Create(t))]),
            },
            ["full"] = true,
            ["range"] = true,
        };
    }

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<Lsp.SemanticTokens> FullAsync(Lsp.SemanticTokensParams request, CancellationToken cancellationToken) =>
        TokensAsync(request.TextDocument.Uri, null, cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/range", UseSingleObjectParameterDeserialization = true)]
    public Task<Lsp.SemanticTokens> RangeAsync(Lsp.SemanticTokensRangeParams request, CancellationToken cancellationToken) =>
        TokensAsync(request.TextDocument.Uri, request.Range, cancellationToken);

    private async Task<Lsp.SemanticTokens> TokensAsync(string uri, Lsp.Range? range, CancellationToken cancellationToken)
    {
        if (await context.GetDocumentWithFolderAsync(uri, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return new Lsp.SemanticTokens([]);
        }

        var (document, _) = found;
        var tokens = CaseTokens.For(document.Analysis.Model);
        if (range is not null)
        {
            var window = TextSpan.FromBounds(document.OffsetOf(range.Start), document.OffsetOf(range.End));
            tokens = tokens.Where(t => t.Span.End > window.Start && t.Span.Start < window.End).ToList();
        }

        var data = new List<int>(tokens.Count * 5);
        var previousLine = 0;
        var previousCharacter = 0;
        foreach (var token in tokens)
        {
            // One line per token (CaseTokens cuts them), so the length is a difference of columns.
            var lspRange = document.RangeOf(token.Span);
            var line = lspRange.Start.Line;
            var character = lspRange.Start.Character;
            data.Add(line - previousLine);
            data.Add(line == previousLine ? character - previousCharacter : character);
            data.Add(lspRange.End.Character - character);
            data.Add((int)token.Type);
            data.Add((int)token.Modifiers);
            previousLine = line;
            previousCharacter = character;
        }

        context.ThrowIfModified(document.Snapshot);
        return new Lsp.SemanticTokens(data);
    }
}
