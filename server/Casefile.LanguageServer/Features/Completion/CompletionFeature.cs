using System.Text.Json.Nodes;
using Casefile.Completion;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Completion;

/// <summary>
/// textDocument/completion: the LSP shell around <see cref="CaseCompletion"/>. Keys valid for the
/// entity at the cursor, values of the key (IDs of the right class from every file of the case),
/// date templates and new entities with the next free ID, in the file's language. Each item
/// replaces the partly typed word (an insert/replace edit where the client can take one); the
/// list is complete, so the client filters it as the user types.
/// </summary>
public sealed class CompletionFeature(ServerContext context) : ILanguageFeature
{
    /// <summary>
    /// "-" and " " open keys after a bullet, ":" and " " values after a key, "," the next item of a
    /// list, "(" a period's reason, "#" new entities on a heading being typed.
    /// </summary>
    private static readonly string[] TriggerCharacters = ["-", " ", ":", ",", "#", "("];

    private const string TriggerSuggest = "editor.action.triggerSuggest";

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["completionProvider"] = new JsonObject
        {
            ["triggerCharacters"] = new JsonArray([.. TriggerCharacters.Select(c => JsonValue.Create(c))]),
            ["resolveProvider"] = false,
            ["completionItem"] = new JsonObject { ["labelDetailsSupport"] = true },
        };
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.CompletionList> CompletionAsync(Lsp.CompletionParams request, CancellationToken cancellationToken)
    {
        var empty = new Lsp.CompletionList(false, []);

        // A space typed in prose asks too: answer from the text alone before analysing anything.
        var snapshot = context.State.Find(DocumentUris.Normalize(request.TextDocument.Uri));
        if (snapshot is null || CompletionPositionFinder.Find(snapshot.Syntax, context.Encoding.ToOffset(snapshot.Text, request.Position)) is null)
        {
            return empty;
        }

        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return empty;
        }

        var client = new CompletionClient(context.Client);
        var offset = document.OffsetOf(request.Position);
        var result = CaseCompletion.Complete(document.Analysis.Model, offset, new CompletionOptions(document.Language, client.Snippets));
        context.ThrowIfModified(document.Snapshot);
        var items = result.Candidates.Select(c => ToItem(document, offset, c, client)).ToList();
        return new Lsp.CompletionList(false, items);
    }

    private static Lsp.CompletionItem ToItem(DocumentContext document, int offset, CompletionCandidate candidate, CompletionClient client)
    {
        var replace = document.RangeOf(candidate.Replace);
        object edit = client.InsertReplace && candidate.Replace.End > offset
            ? new Lsp.InsertReplaceEdit(candidate.InsertText, document.RangeOf(Syntax.TextSpan.FromBounds(candidate.Replace.Start, offset)), replace)
            : new Lsp.TextEdit(replace, candidate.InsertText);

        // An entity's title goes right after its ID ("P-3 Akhmetov Daniyar"), its role to the right.
        var inlineDetail = candidate.Kind == CandidateKind.Reference && candidate.Detail is { } title ? " " + title : null;
        return new Lsp.CompletionItem
        {
            Label = candidate.Label,
            LabelDetails = client.LabelDetails && (inlineDetail ?? candidate.Description) is not null
                ? new Lsp.CompletionItemLabelDetails { Detail = inlineDetail, Description = NullIfEmpty(candidate.Description) }
                : null,
            Kind = client.Kind(candidate.Kind),
            Detail = candidate.Detail ?? (client.LabelDetails ? null : NullIfEmpty(candidate.Description)),
            Documentation = candidate.Documentation is { } documentation
                ? client.Markdown ? Lsp.MarkupContent.Markdown(documentation) : Lsp.MarkupContent.PlainText(PlainText(documentation))
                : null,
            Preselect = candidate.Preselect ? true : null,
            SortText = candidate.SortText,
            FilterText = candidate.FilterText,
            InsertTextFormat = candidate.IsSnippet ? Lsp.InsertTextFormat.Snippet : Lsp.InsertTextFormat.PlainText,
            InsertTextMode = candidate.Kind == CandidateKind.Entity ? Lsp.InsertTextMode.AsIs : null,
            TextEdit = edit,
            Command = candidate.OffersMoreAfter && client.CanTriggerSuggest ? new Lsp.Command(string.Empty, TriggerSuggest) : null,
        };
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>Markdown as plain text: code fences dropped, inline code and bold marks removed.</summary>
    private static string PlainText(string markdown) =>
        string.Join('\n', markdown.Split('\n').Where(l => !l.StartsWith("```", StringComparison.Ordinal) && !l.StartsWith("~~~~", StringComparison.Ordinal)))
            .Replace("`", string.Empty, StringComparison.Ordinal)
            .Replace("**", string.Empty, StringComparison.Ordinal);

    /// <summary>What the client's completion can take, read once per request.</summary>
    private sealed class CompletionClient(ClientCapabilities capabilities)
    {
        private const string Item = "textDocument.completion.completionItem";
        private readonly IReadOnlyList<string> kinds = capabilities.Get("textDocument.completion.completionItemKind.valueSet") is { ValueKind: System.Text.Json.JsonValueKind.Array } set
            ? set.EnumerateArray().Select(k => k.ToString()).ToList()
            : [];

        public bool Snippets { get; } = capabilities.IsTrue($"{Item}.snippetSupport");

        public bool Markdown { get; } = capabilities.Strings($"{Item}.documentationFormat").Contains("markdown");

        public bool InsertReplace { get; } = capabilities.IsTrue($"{Item}.insertReplaceSupport");

        public bool LabelDetails { get; } = capabilities.IsTrue($"{Item}.labelDetailsSupport");

        /// <summary>
        /// Reopening the list once a key is accepted, so that its values follow, is a client command:
        /// sent only to a client that lists it among the commands it runs (experimental.commands,
        /// as rust-analyzer asks), never to one that would answer "unknown command".
        /// </summary>
        public bool CanTriggerSuggest { get; } = capabilities.Strings("experimental.commands.commands").Contains(TriggerSuggest);

        /// <summary>The item kind; kinds past Reference (18) only where the client lists them.</summary>
        public int Kind(CandidateKind kind)
        {
            var wanted = kind switch
            {
                CandidateKind.Key => Lsp.CompletionItemKind.Property,
                CandidateKind.Value => Lsp.CompletionItemKind.EnumMember,
                CandidateKind.Reference => Lsp.CompletionItemKind.Reference,
                _ => Lsp.CompletionItemKind.Snippet,
            };
            return wanted <= Lsp.CompletionItemKind.Reference || kinds.Contains(wanted.ToString(System.Globalization.CultureInfo.InvariantCulture))
                ? wanted
                : Lsp.CompletionItemKind.Value;
        }
    }
}
