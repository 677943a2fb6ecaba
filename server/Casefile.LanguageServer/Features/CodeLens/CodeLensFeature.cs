using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.CodeLens;

/// <summary>
/// textDocument/codeLens: admissibility and proof at a glance, above each evidence item,
/// circumstance and the case heading. The lenses only inform (empty command ID, rendered as
/// plain text); nothing to resolve. When a document's lenses change because of another file of
/// the case or the settings, the client is asked to refresh them.
/// </summary>
public sealed class CodeLensFeature : ILanguageFeature, IDisposable
{
    private readonly ServerContext context;
    private readonly RefreshWatcher refresh;

    public CodeLensFeature(ServerContext context)
    {
        this.context = context;
        refresh = new RefreshWatcher(context, "workspace/codeLens/refresh", "workspace.codeLens.refreshSupport", TimeSpan.FromMilliseconds(250), (folder, file) =>
            string.Join("\n", CaseLenses.For(file, CaseLenses.AdmissibilityIn(folder), context.LanguageFor(file)).Select(l => $"{l.Span}:{l.Title}")));
    }

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["codeLensProvider"] = new JsonObject { ["resolveProvider"] = false };
    }

    [JsonRpcMethod("textDocument/codeLens", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<Lsp.CodeLens>> CodeLensAsync(Lsp.CodeLensParams request, CancellationToken cancellationToken)
    {
        if (await context.GetDocumentWithFolderAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return [];
        }

        var (document, folder) = found;
        var lenses = CaseLenses.For(document.Analysis, CaseLenses.AdmissibilityIn(folder), document.Language)
            .Select(l => new Lsp.CodeLens(document.RangeOf(l.Span)) { Command = new Lsp.Command(l.Title, string.Empty) })
            .ToList();
        context.ThrowIfModified(document.Snapshot);
        return lenses;
    }

    [JsonRpcIgnore]
    public void Dispose() => refresh.Dispose();
}
