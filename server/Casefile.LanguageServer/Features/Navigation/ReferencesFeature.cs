using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.Navigation;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Navigation;

/// <summary>
/// textDocument/references: every place an ID is written across the files of its case — the
/// definition (when the client asks for declarations), the values that reference it and its
/// mentions in prose. The cursor may stand on the ID or anywhere on the entity's heading.
/// </summary>
public sealed class ReferencesFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["referencesProvider"] = true;
    }

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<Lsp.Location>?> ReferencesAsync(Lsp.ReferenceParams request, CancellationToken cancellationToken)
    {
        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var id = document.OccurrenceAt(request.Position)?.Id;
        if (id is null && SyntaxLocator.At(document.Analysis.Model.Syntax, document.OffsetOf(request.Position)) is EntityHeadingTarget heading)
        {
            id = heading.Entity.Id;
        }

        if (id is not { } found)
        {
            return null;
        }

        var includeDeclaration = request.Context?.IncludeDeclaration ?? true;
        return IdOccurrences.Find(document.Analysis.Model.Group, found)
            .Where(o => includeDeclaration || o.Kind != IdOccurrenceKind.Definition)
            .Select(o => document.LocationIn(o.File, o.Span))
            .ToList();
    }
}
