using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Navigation;

/// <summary>
/// textDocument/definition: from an ID (a reference value, a mention in prose, or the heading's
/// own ID) to the heading that defines it, in whichever file of the case it stands. An ID defined
/// twice (CF0005) leads to both definitions, the one references resolve to first. Clients with
/// link support get the whole entity as the target, so that a peek shows its attributes.
/// </summary>
public sealed class DefinitionFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["definitionProvider"] = true;
    }

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> DefinitionAsync(Lsp.DefinitionParams request, CancellationToken cancellationToken)
    {
        var linkSupport = context.Client.IsTrue("textDocument.definition.linkSupport");
        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document?.OccurrenceAt(request.Position) is not { } occurrence)
        {
            return null;
        }

        var definitions = document.Analysis.Model.Group.Files
            .SelectMany(f => f.Entities)
            .Where(e => e.Id == occurrence.Id)
            .ToList();
        if (definitions.Count == 0)
        {
            return null;
        }

        if (!linkSupport)
        {
            return definitions.Select(e => document.LocationIn(e.File, e.Syntax.IdSpan)).ToList();
        }

        var origin = document.RangeOf(occurrence.Span);
        return definitions.Select(e => new Lsp.LocationLink(
            NavigationSupport.UriOf(e.File),
            document.RangeIn(e.File, NavigationSupport.TrimEnd(e.File.Text, e.Syntax.FullSpan, e.Syntax.Heading.ContentSpan.End)),
            document.RangeIn(e.File, e.Syntax.IdSpan))
        {
            OriginSelectionRange = origin,
        }).ToList();
    }
}
