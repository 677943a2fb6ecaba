using System.Text.Json;
using System.Text.Json.Nodes;
using Casefile.Fixes;
using Casefile.LanguageServer.Features.Diagnostics;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Casefile.Syntax;
using StreamJsonRpc;
using Core = Casefile.Diagnostics;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.CodeActions;

/// <summary>
/// textDocument/codeAction and codeAction/resolve: the LSP shell around <see cref="QuickFixes"/>.
/// Every fix is a <c>quickfix</c> tied to its diagnostic, offered for the diagnostics the client
/// sends and for every diagnostic under the cursor or selection (the lightbulb), titled in the
/// editor's language. Marking excluded and drafting a motion read the whole case, so when the
/// client can resolve an action's edit later they are sent without it and computed on
/// codeAction/resolve; otherwise every edit is computed at once.
/// </summary>
public sealed class CodeActionsFeature(ServerContext context) : ILanguageFeature
{
    private static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web);
    private readonly string? docsRoot = RuleDocs.FindRoot();

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        // CodeActionOptions may only be sent to a client that takes code action literals.
        capabilities["codeActionProvider"] = client.Has("textDocument.codeAction.codeActionLiteralSupport") || CanResolve(client)
            ? new JsonObject
            {
                ["codeActionKinds"] = new JsonArray(Lsp.CodeActionKind.QuickFix),
                ["resolveProvider"] = true,
            }
            : true;
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<Lsp.CodeAction>> CodeActionAsync(Lsp.CodeActionParams request, CancellationToken cancellationToken)
    {
        var client = context.Client;
        if (!WantsQuickFixes(request.Context.Only))
        {
            return [];
        }

        var document = await context.GetDocumentAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return [];
        }

        var lazy = CanResolve(client);
        var documentChanges = client.IsTrue("workspace.workspaceEdit.documentChanges");
        var actions = new List<(int Order, Lsp.CodeAction Action)>();
        foreach (var (diagnostic, shown) in DiagnosticsFor(document, request))
        {
            cancellationToken.ThrowIfCancellationRequested();
            object echoed = shown is { } element
                ? element
                : DiagnosticConverter.Convert(diagnostic, document.Text, document.Language, document.Encoding, document.State, docsRoot);
            foreach (var fix in QuickFixes.For(document.Analysis, diagnostic))
            {
                var deferred = lazy && fix.IsCostly;
                actions.Add((Order(fix.Kind), new Lsp.CodeAction
                {
                    Title = fix.Title.Format(document.Language),
                    Kind = Lsp.CodeActionKind.QuickFix,
                    Diagnostics = [echoed],
                    IsPreferred = fix.IsPreferred ? true : null,
                    Edit = deferred ? null : EditOf(document, request.TextDocument.Uri, fix, documentChanges),
                    Data = deferred ? new FixData(request.TextDocument.Uri, diagnostic.Code, diagnostic.Span.Start, diagnostic.Span.Length, fix.Id) : null,
                }));
            }
        }

        context.ThrowIfModified(document.Snapshot);

        // Corrections first, then what puts a violation on the record, suppressions last (as Roslyn lists them).
        return actions.Select((a, index) => (a.Order, index, a.Action)).OrderBy(a => a.Order).ThenBy(a => a.index).Select(a => a.Action).ToList();
    }

    [JsonRpcMethod("codeAction/resolve", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.CodeAction> ResolveAsync(Lsp.CodeAction action, CancellationToken cancellationToken)
    {
        if (action.Edit is not null || action.Data is not JsonElement { ValueKind: JsonValueKind.Object } element)
        {
            return action;
        }

        var data = element.Deserialize<FixData>(DataOptions);
        if (data is null || string.IsNullOrEmpty(data.Uri) || string.IsNullOrEmpty(data.Fix))
        {
            return action;
        }

        var documentChanges = context.Client.IsTrue("workspace.workspaceEdit.documentChanges");
        var document = await context.GetDocumentAsync(data.Uri, cancellationToken).ConfigureAwait(false)
            ?? throw Stale("The document is no longer known.");

        // The diagnostic must still stand where it stood: otherwise the text changed under the action.
        var diagnostic = document.Analysis.Diagnostics.FirstOrDefault(d => d.Code == data.Code && d.Span == new TextSpan(data.Start, data.Length));
        var fix = diagnostic is null ? null : QuickFixes.Find(document.Analysis, diagnostic, data.Fix);
        if (fix is null)
        {
            throw Stale("The problem this action fixes is no longer there.");
        }

        var edit = EditOf(document, data.Uri, fix, documentChanges);
        context.ThrowIfModified(document.Snapshot);
        return action with { Edit = edit };
    }

    private static bool CanResolve(ClientCapabilities client) =>
        client.Strings("textDocument.codeAction.resolveSupport.properties").Contains("edit")
        && client.IsTrue("textDocument.codeAction.dataSupport");

    /// <summary>Quick-fixes are asked for unless the client wants only other kinds (source.organizeImports, refactor …).</summary>
    private static bool WantsQuickFixes(IReadOnlyList<string>? only) =>
        only is null || only.Count == 0 || only.Any(kind => kind.Length == 0 || kind == Lsp.CodeActionKind.QuickFix || Lsp.CodeActionKind.QuickFix.StartsWith(kind + ".", StringComparison.Ordinal));

    private static int Order(FixKind kind) => kind switch
    {
        FixKind.CorrectSpelling or FixKind.CreateEntity or FixKind.InsertPlaceholder => 0,
        FixKind.MarkExcluded or FixKind.DraftExclusionMotion => 1,
        _ => 2,
    };

    /// <summary>
    /// The diagnostics to fix: each one the client sent that is still in the analysis (echoed as the
    /// client sent it), then every other diagnostic that touches the range, in source order.
    /// </summary>
    private static List<(Core.Diagnostic Diagnostic, JsonElement? Shown)> DiagnosticsFor(DocumentContext document, Lsp.CodeActionParams request)
    {
        var found = new List<(Core.Diagnostic, JsonElement?)>();
        var taken = new HashSet<Core.Diagnostic>(ReferenceEqualityComparer.Instance);
        var ours = document.Analysis.Diagnostics.ToList();
        foreach (var shown in request.Context.Diagnostics)
        {
            if (ReadShown(document, shown) is not { } read)
            {
                continue;
            }

            var (code, span) = read;

            var match = ours.FirstOrDefault(d => d.Code == code && d.Span == span && !taken.Contains(d))
                ?? ours.FirstOrDefault(d => d.Code == code && Touches(d.Span, span) && !taken.Contains(d));
            if (match is not null && taken.Add(match))
            {
                found.Add((match, shown));
            }
        }

        var range = TextSpan.FromBounds(document.OffsetOf(request.Range.Start), document.OffsetOf(request.Range.End));
        foreach (var diagnostic in ours.Where(d => Touches(d.Span, range) && !taken.Contains(d)))
        {
            taken.Add(diagnostic);
            found.Add((diagnostic, null));
        }

        return found;
    }

    /// <summary>A diagnostic as the client sent it: our code (string, from source "casefile") and its span; null for another server's.</summary>
    private static (string Code, TextSpan Span)? ReadShown(DocumentContext document, JsonElement shown)
    {
        if (shown.ValueKind != JsonValueKind.Object
            || (shown.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String && source.GetString() != DiagnosticConverter.Source)
            || !shown.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String
            || !shown.TryGetProperty("range", out var range))
        {
            return null;
        }

        try
        {
            var parsed = range.Deserialize<Lsp.Range>(DataOptions);
            if (parsed?.Start is null || parsed.End is null)
            {
                return null;
            }

            return (code.GetString()!, TextSpan.FromBounds(document.OffsetOf(parsed.Start), document.OffsetOf(parsed.End)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Touches(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;

    /// <summary>
    /// The fix's edits as a workspace edit: per file with its version (documentChanges) when the
    /// client takes them, so that an edit made for an older text is refused; by URI otherwise.
    /// </summary>
    private static Lsp.WorkspaceEdit EditOf(DocumentContext document, string requestUri, Fix fix, bool documentChanges)
    {
        var files = fix.Edits
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .Select(group =>
            {
                var (uri, version) = Target(document, requestUri, group.Key);
                var edits = group.Select(e => new Lsp.TextEdit(document.Encoding.ToLsp(e.Text, e.Span), e.NewText)).ToList();
                return (Uri: uri, Version: version, Edits: (IReadOnlyList<Lsp.TextEdit>)edits);
            })
            .ToList();

        return documentChanges
            ? new Lsp.WorkspaceEdit
            {
                DocumentChanges = files.Select(f => new Lsp.TextDocumentEdit(new Lsp.OptionalVersionedTextDocumentIdentifier(f.Uri, f.Version), f.Edits)).ToList(),
            }
            : new Lsp.WorkspaceEdit { Changes = files.ToDictionary(f => f.Uri, f => f.Edits, StringComparer.Ordinal) };
    }

    /// <summary>The URI and version of the file an edit goes to: the request's own document as the client named it, another file of the workspace as the server knows it.</summary>
    private static (string Uri, int? Version) Target(DocumentContext document, string requestUri, string path)
    {
        if (path == document.Snapshot.Path)
        {
            return (requestUri, document.Snapshot.Version);
        }

        var other = document.State.Documents.Values.FirstOrDefault(d => d.Path == path);
        return other is not null
            ? (other.Uri, other.Version)
            : (Path.IsPathRooted(path) ? DocumentUris.FromPath(path) : path, null);
    }

    private static LocalRpcException Stale(string message) => new(message) { ErrorCode = Lsp.ErrorCodes.ContentModified };

    /// <summary>What codeAction/resolve needs to find the fix again: the document, the diagnostic (code and UTF-16 span) and the fix's ID.</summary>
    internal sealed record FixData(string Uri, string Code, int Start, int Length, string Fix);
}
