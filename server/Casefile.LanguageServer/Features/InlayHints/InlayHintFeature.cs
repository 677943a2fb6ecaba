using System.Text.Json.Nodes;
using Casefile.LanguageServer.Features.CodeLens;
using Casefile.LanguageServer.Server;
using Casefile.Syntax;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.InlayHints;

/// <summary>
/// textDocument/inlayHint: durations, night time and days of the investigation, in the file's
/// language. When a document's hints change without an edit to it (the registration date written
/// in another file of the case, the language in the settings or casefile.json), the client is
/// asked to refresh them.
/// </summary>
public sealed class InlayHintFeature : ILanguageFeature, IDisposable
{
    private readonly ServerContext context;
    private readonly RefreshWatcher refresh;

    public InlayHintFeature(ServerContext context)
    {
        this.context = context;
        refresh = new RefreshWatcher(context, "workspace/inlayHint/refresh", "workspace.inlayHint.refreshSupport", TimeSpan.FromMilliseconds(250), (_, file) =>
            string.Join("\n", CaseHints.For(file.Model, context.LanguageFor(file)).Select(h => $"{h.Offset}:{h.Label}")));
    }

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["inlayHintProvider"] = new JsonObject { ["resolveProvider"] = false };
    }

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<Lsp.InlayHint>> InlayHintAsync(Lsp.InlayHintParams request, CancellationToken cancellationToken)
    {
        if (await context.GetDocumentWithFolderAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return [];
        }

        var (document, _) = found;
        var from = document.OffsetOf(request.Range.Start);
        var to = document.OffsetOf(request.Range.End);
        var hints = CaseHints.For(document.Analysis.Model, document.Language)
            .Where(h => h.Offset >= from && h.Offset <= to)
            .Select(h => new Lsp.InlayHint(document.RangeOf(new TextSpan(h.Offset, 0)).Start, h.Label)
            {
                Tooltip = h.Tooltip,
                PaddingLeft = true,
            })
            .ToList();
        context.ThrowIfModified(document.Snapshot);
        return hints;
    }

    [JsonRpcIgnore]
    public void Dispose() => refresh.Dispose();
}
