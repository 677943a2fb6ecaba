using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.Navigation;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Navigation;

/// <summary>
/// textDocument/documentHighlight: the ID under the cursor wherever this document writes it —
/// its definition as a write, reference values as reads, mentions in prose as text.
/// </summary>
public sealed class DocumentHighlightFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["documentHighlightProvider"] = true;
    }

    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<Lsp.DocumentHighlight>?> DocumentHighlightAsync(Lsp.DocumentHighlightParams request, CancellationToken cancellationToken)
    {
        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document?.OccurrenceAt(request.Position) is not { } occurrence)
        {
            return null;
        }

        return IdOccurrences.InFile(document.Analysis.Model)
            .Where(o => o.Id == occurrence.Id)
            .Select(o => new Lsp.DocumentHighlight(document.RangeOf(o.Span), o.Kind switch
            {
                IdOccurrenceKind.Definition => Lsp.DocumentHighlightKind.Write,
                IdOccurrenceKind.Reference => Lsp.DocumentHighlightKind.Read,
                _ => Lsp.DocumentHighlightKind.Text,
            }))
            .ToList();
    }
}
