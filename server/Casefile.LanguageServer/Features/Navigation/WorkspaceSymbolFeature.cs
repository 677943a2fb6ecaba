using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Casefile.Navigation;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Navigation;

/// <summary>
/// workspace/symbol: every case and entity of every case file in the workspace, open or not,
/// matched on ID and title without regard to case ("e12", "E-12", "bekov", "bkv"), best first.
/// Only the syntax is read, so the answer comes without analysing the workspace.
/// </summary>
public sealed class WorkspaceSymbolFeature(ServerContext context) : ILanguageFeature
{
    private const int MaxResults = 1000;

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["workspaceSymbolProvider"] = true;
    }

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<Lsp.SymbolInformation>> WorkspaceSymbolAsync(Lsp.WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        var state = context.State;
        var encoding = context.Encoding;
        var kinds = NavigationSupport.SupportedKinds(context.Client, "workspace.symbol.symbolKind.valueSet");
        var query = request.Query ?? string.Empty;
        return Task.Run(() => Search(state, encoding, kinds, query, cancellationToken), cancellationToken);
    }

    private static IReadOnlyList<Lsp.SymbolInformation> Search(WorkspaceState state, PositionEncodingKind encoding, IReadOnlySet<int> kinds, string query, CancellationToken cancellationToken)
    {
        var found = new List<(int Score, string Uri, int Start, Lsp.SymbolInformation Symbol)>();
        foreach (var snapshot in state.Documents.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var syntax = snapshot.Syntax;
            var caseName = syntax.CaseHeading is { } heading && !string.IsNullOrWhiteSpace(heading.Content) ? heading.Content.Trim() : null;
            if (caseName is not null && SymbolMatcher.Score(query, caseName) is { } caseScore)
            {
                found.Add((caseScore, snapshot.Uri, syntax.CaseHeading!.Span.Start, new Lsp.SymbolInformation
                {
                    Name = caseName,
                    Kind = NavigationSupport.SymbolKindOf(OutlineKind.Case, kinds),
                    Location = new Lsp.Location(snapshot.Uri, encoding.ToLsp(snapshot.Text, syntax.CaseHeading.ContentSpan)),
                    ContainerName = Path.GetFileName(snapshot.Path),
                }));
            }

            foreach (var entity in syntax.Entities)
            {
                var name = entity.Title.Length > 0 ? $"{entity.Id} {entity.Title}" : entity.Id.ToString();
                if (SymbolMatcher.Score(query, name) is not { } score)
                {
                    continue;
                }

                found.Add((score, snapshot.Uri, entity.Heading.Span.Start, new Lsp.SymbolInformation
                {
                    Name = name,
                    Kind = NavigationSupport.SymbolKindOf(NavigationSupport.OutlineKindOf(entity.Id), kinds),
                    Location = new Lsp.Location(snapshot.Uri, encoding.ToLsp(snapshot.Text, entity.Heading.ContentSpan)),
                    ContainerName = caseName ?? Path.GetFileName(snapshot.Path),
                }));
            }
        }

        return found
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.Uri, StringComparer.Ordinal)
            .ThenBy(f => f.Start)
            .Take(MaxResults)
            .Select(f => f.Symbol)
            .ToList();
    }
}
