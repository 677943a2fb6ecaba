using System.Text.Json.Nodes;
using Casefile.LanguageServer.Features.Diagnostics;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Casefile.Presentation;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Hover;

/// <summary>
/// textDocument/hover: the LSP shell around <see cref="Hovers"/>. On a diagnostic, its rule and the
/// paragraph of the resolution (Kazakh verbatim, then the unofficial translation); on a key, its
/// meaning and values; on a value, its spellings and meaning; on an ID, a summary of the entity,
/// wherever in the case it is defined; on a suppressed code, the rule. Null over plain prose.
/// </summary>
public sealed class HoverFeature(ServerContext context) : ILanguageFeature
{
    private readonly string? docsRoot = RuleDocs.FindRoot();

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["hoverProvider"] = true;
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.Hover?> HoverAsync(Lsp.HoverParams request, CancellationToken cancellationToken)
    {
        var format = context.Client.SupportsMarkdownHover ? MarkupFormat.Markdown : MarkupFormat.PlainText;
        // The entity may live in another file of the case: every file of the folder comes from the
        // same analysis as the document, so entities and their admissibility agree.
        if (await context.GetDocumentWithFolderAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false) is not var (document, folder))
        {
            return null;
        }

        var file = document.Analysis;

        var hover = Hovers.At(new HoverRequest(file, document.OffsetOf(request.Position), document.Language, format)
        {
            CaseFiles = folder.Files.Values.Select(f => f.Analysis).ToList(),
            RuleLink = code => RuleDocs.Uri(code, docsRoot),
            FileLink = (path, line) => $"{(Path.IsPathRooted(path) ? DocumentUris.FromPath(path) : path)}#L{line + 1}",
        });

        context.ThrowIfModified(document.Snapshot);
        if (hover is null)
        {
            return null;
        }

        var contents = format == MarkupFormat.Markdown ? Lsp.MarkupContent.Markdown(hover.Content) : Lsp.MarkupContent.PlainText(hover.Content);
        return new Lsp.Hover(contents) { Range = document.RangeOf(hover.Span) };
    }
}
