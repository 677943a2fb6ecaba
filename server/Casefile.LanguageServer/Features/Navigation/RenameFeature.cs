using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Casefile.Navigation;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Navigation;

/// <summary>
/// textDocument/prepareRename and textDocument/rename of IDs: the definition, the reference
/// values and the mentions in prose, in every file of the case, as one workspace edit. The new
/// ID must be valid, keep the prefix and be free in the case; otherwise the request fails
/// (RequestFailed) with the reason in the user's language, which the editor shows as it is.
/// </summary>
public sealed class RenameFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["renameProvider"] = client.IsTrue("textDocument.rename.prepareSupport")
            ? new JsonObject { ["prepareProvider"] = true }
            : true;
    }

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.PrepareRenameResult?> PrepareRenameAsync(Lsp.PrepareRenameParams request, CancellationToken cancellationToken)
    {
        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        if (document.OccurrenceAt(request.Position) is not { } occurrence)
        {
            throw NavigationSupport.Failed(Strings.Get("Nav_RenameNotAnId", document.Language));
        }

        return new Lsp.PrepareRenameResult(document.RangeOf(occurrence.Span), occurrence.Id.ToString());
    }

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.WorkspaceEdit?> RenameAsync(Lsp.RenameParams request, CancellationToken cancellationToken)
    {
        var documentChanges = context.Client.IsTrue("workspace.workspaceEdit.documentChanges");
        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        if (document.OccurrenceAt(request.Position) is not { } occurrence)
        {
            throw NavigationSupport.Failed(Strings.Get("Nav_RenameNotAnId", document.Language));
        }

        var plan = IdRename.Plan(document.Analysis.Model.Group, occurrence.Id, request.NewName ?? string.Empty) switch
        {
            RenameRefused refused => throw NavigationSupport.Failed(refused.Reason.Format(document.Language)),
            RenamePlan accepted => accepted,
            _ => throw new InvalidOperationException(),
        };

        context.ThrowIfCaseModified(document);
        var newText = plan.To.ToString();
        var byFile = plan.Occurrences
            .GroupBy(o => o.File)
            .Select(g => (File: g.Key, Edits: (IReadOnlyList<Lsp.TextEdit>)g
                .OrderBy(o => o.Span.Start)
                .Select(o => new Lsp.TextEdit(document.RangeIn(o.File, o.Span), newText))
                .ToList()))
            .ToList();

        if (documentChanges)
        {
            return new Lsp.WorkspaceEdit
            {
                DocumentChanges = byFile
                    .Select(f =>
                    {
                        var uri = NavigationSupport.UriOf(f.File);
                        var version = document.State.Find(DocumentUris.Normalize(uri)) is { IsOpen: true } snapshot ? snapshot.Version : null;
                        return new Lsp.TextDocumentEdit(new Lsp.OptionalVersionedTextDocumentIdentifier(uri, version), f.Edits);
                    })
                    .ToList(),
            };
        }

        return new Lsp.WorkspaceEdit
        {
            Changes = byFile.ToDictionary(f => NavigationSupport.UriOf(f.File), f => f.Edits, StringComparer.Ordinal),
        };
    }
}
