using System.Text.Json.Nodes;
using Casefile.LanguageServer.Logging;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Casefile.Syntax;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.TextSync;

/// <summary>
/// didOpen, didChange (incremental), didClose and didSave. They run one at a time in arrival
/// order; each replaces the workspace state with a new immutable snapshot of the document.
/// </summary>
public sealed class TextSyncFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["textDocumentSync"] = new JsonObject
        {
            ["openClose"] = true,
            ["change"] = Lsp.TextDocumentSyncKind.Incremental,
            ["save"] = new JsonObject { ["includeText"] = false },
        };
    }

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(Lsp.DidOpenTextDocumentParams request)
    {
        var uri = DocumentUris.Normalize(request.TextDocument.Uri);
        var snapshot = new DocumentSnapshot(uri, new SourceText(request.TextDocument.Text ?? string.Empty), request.TextDocument.Version, isOpen: true);
        context.Logger.LogDebug("didOpen {Uri} v{Version}: {Text}", uri, snapshot.Version, ServerLog.DocumentText(context.Logs, snapshot.Text.Text));
        context.Update(
            state => state with
            {
                Documents = state.Documents.SetItem(uri, snapshot),
                DiskShadows = state.Find(uri) is { IsOpen: false } disk ? state.DiskShadows.SetItem(uri, disk) : state.DiskShadows,
            },
            [DocumentUris.FolderOf(uri)]);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(Lsp.DidChangeTextDocumentParams request)
    {
        var uri = DocumentUris.Normalize(request.TextDocument.Uri);
        if (context.State.Find(uri) is not { IsOpen: true } current)
        {
            context.Logger.LogWarning("didChange for {Uri}, which is not open; ignored", uri);
            return;
        }

        if (current.Version is { } known && request.TextDocument.Version <= known)
        {
            // Versions only grow (LSP): an older or repeated one is stale and would corrupt the text.
            context.Logger.LogWarning("didChange for {Uri} with version {Version} after {Known}; ignored", uri, request.TextDocument.Version, known);
            return;
        }

        if (request.ContentChanges.Any(c => c is null))
        {
            // A change that is not there cannot be applied in order; the client is broken.
            context.Logger.LogWarning("didChange for {Uri} version {Version} has an empty content change; ignored", uri, request.TextDocument.Version);
            return;
        }

        var text = TextChanges.Apply(current.Text, request.ContentChanges, context.Encoding);
        var snapshot = new DocumentSnapshot(uri, text, request.TextDocument.Version, isOpen: true);
        context.Logger.LogDebug("didChange {Uri} v{Version}: {Text}", uri, snapshot.Version, ServerLog.DocumentText(context.Logs, text.Text));
        context.Update(state => state with { Documents = state.Documents.SetItem(uri, snapshot) }, [DocumentUris.FolderOf(uri)]);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(Lsp.DidCloseTextDocumentParams request)
    {
        var uri = DocumentUris.Normalize(request.TextDocument.Uri);
        var folder = DocumentUris.FolderOf(uri);
        context.Update(
            state =>
            {
                // A file of the workspace stays in it as it is on disk; anything else (a file opened
                // from outside the workspace folders, an untitled document) leaves it, and its
                // diagnostics are cleared.
                var disk = state.DiskShadows.GetValueOrDefault(uri)
                    ?? (state.IsInWorkspace(DocumentUris.ToPath(uri)) ? WorkspaceLoader.ReadFromDisk(uri) : null);
                return state with
                {
                    Documents = disk is null ? state.Documents.Remove(uri) : state.Documents.SetItem(uri, disk),
                    DiskShadows = state.DiskShadows.Remove(uri),
                };
            },
            [folder]);

        if (!context.State.InFolder(folder).Any())
        {
            // The folder's last analysis holds the closed document, its text and its syntax, until
            // the folder is analysed again: for ever, when nothing is left in it (a file opened from
            // outside the workspace) and the client pulls its diagnostics (nothing is pushed for it).
            // It is let go of at once, before the next message is read; the analysis of what is
            // left, nothing, then takes its place, so that a reader still on an older state cannot
            // put the closed document back in the cache.
            context.Analysis.Release(folder, context.State.Revision);
            _ = ForgetClosedAsync(folder);
        }
    }

    private async Task ForgetClosedAsync(string folder)
    {
        try
        {
            await context.AnalyzeFolderAsync(context.State, folder, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A newer change to the folder took its place, which is as good.
        }
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(Lsp.DidSaveTextDocumentParams request)
    {
        var uri = DocumentUris.Normalize(request.TextDocument.Uri);
        context.Update(state => state with { DiskShadows = state.DiskShadows.Remove(uri) }, []);
    }
}
