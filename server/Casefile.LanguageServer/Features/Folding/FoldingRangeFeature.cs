using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Folding;

/// <summary>
/// textDocument/foldingRange: entities, sections and the case's attribute list. Folding needs
/// only the document's syntax, so it does not wait for the analysis.
/// </summary>
public sealed class FoldingRangeFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["foldingRangeProvider"] = true;
    }

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<Lsp.FoldingRange>> FoldingRangeAsync(Lsp.FoldingRangeParams request, CancellationToken cancellationToken)
    {
        if (context.State.Find(DocumentUris.Normalize(request.TextDocument.Uri)) is not { } snapshot)
        {
            return [];
        }

        var withText = context.Client.IsTrue("textDocument.foldingRange.foldingRange.collapsedText");
        var limit = context.Client.Get("textDocument.foldingRange.rangeLimit") is { ValueKind: System.Text.Json.JsonValueKind.Number } value && value.TryGetInt32(out var n) && n > 0 ? n : int.MaxValue;
        var folds = await Task.Run(() => CaseFolding.For(snapshot.Syntax), cancellationToken).ConfigureAwait(false);
        context.ThrowIfModified(snapshot);
        return folds
            .Take(limit)
            .Select(f => new Lsp.FoldingRange(f.StartLine, f.EndLine) { CollapsedText = withText ? f.CollapsedText : null })
            .ToList();
    }
}
