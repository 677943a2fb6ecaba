using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.Navigation;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Navigation;

/// <summary>
/// textDocument/documentSymbol: the outline of a case file, case → sections → entities, each
/// entity named by its ID and title with a detail in the reader's language (an evidence item's
/// kind, date and admissibility: "testimony · 2024-03-02 · inadmissible: CF1504, CF1001");
/// inadmissible evidence is struck through where the client supports tags. Clients without
/// hierarchical symbols get a flat list with container names.
/// </summary>
public sealed class DocumentSymbolFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        // The label names this outline next to the Markdown one VS Code also shows for *.md files.
        capabilities["documentSymbolProvider"] = new JsonObject { ["label"] = "Casefile" };
    }

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> DocumentSymbolAsync(Lsp.DocumentSymbolParams request, CancellationToken cancellationToken)
    {
        var client = context.Client;
        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var outline = CaseOutline.Build(document.Analysis, document.Language);
        var kinds = NavigationSupport.SupportedKinds(client, "textDocument.documentSymbol.symbolKind.valueSet");
        if (client.IsTrue("textDocument.documentSymbol.hierarchicalDocumentSymbolSupport"))
        {
            var tags = client.Get("textDocument.documentSymbol.tagSupport.valueSet") is { ValueKind: System.Text.Json.JsonValueKind.Array } set
                && set.EnumerateArray().Any(t => t.ValueKind == System.Text.Json.JsonValueKind.Number && t.GetInt32() == Lsp.SymbolTag.Deprecated);
            return outline.Select(n => ToSymbol(document, n, kinds, tags)).ToList();
        }

        var flat = new List<Lsp.SymbolInformation>();
        Flatten(document, outline, null, kinds, flat);
        return flat;
    }

    private static Lsp.DocumentSymbol ToSymbol(DocumentContext document, OutlineNode node, IReadOnlySet<int> kinds, bool tags) => new()
    {
        Name = node.Name,
        Detail = node.Detail,
        Kind = NavigationSupport.SymbolKindOf(node.Kind, kinds),
        Tags = tags && node.IsInadmissible ? [Lsp.SymbolTag.Deprecated] : null,
        Range = document.RangeOf(node.Span),
        SelectionRange = document.RangeOf(node.SelectionSpan),
        Children = node.Children.Select(c => ToSymbol(document, c, kinds, tags)).ToList(),
    };

    private static void Flatten(DocumentContext document, IReadOnlyList<OutlineNode> nodes, string? container, IReadOnlySet<int> kinds, List<Lsp.SymbolInformation> output)
    {
        foreach (var node in nodes)
        {
            output.Add(new Lsp.SymbolInformation
            {
                Name = node.Name,
                Kind = NavigationSupport.SymbolKindOf(node.Kind, kinds),
                Location = new Lsp.Location(document.Snapshot.Uri, document.RangeOf(node.Span)),
                ContainerName = container,
            });
            Flatten(document, node.Children, node.Name, kinds, output);
        }
    }
}
