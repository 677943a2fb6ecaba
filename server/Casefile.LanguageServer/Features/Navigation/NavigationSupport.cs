using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Casefile.Model;
using Casefile.Navigation;
using Casefile.Syntax;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Navigation;

/// <summary>What the navigation features share: locations in the case's other files, the ID under the cursor, symbol kinds, errors.</summary>
internal static class NavigationSupport
{
    /// <summary>The kinds every client knows when it lists none (File to Array, LSP 3.17).</summary>
    private static readonly IReadOnlySet<int> BaseKinds = Enumerable.Range(Lsp.SymbolKind.File, Lsp.SymbolKind.Array).ToHashSet();

    /// <summary>The URI of a file of the case, spelled as the server keys documents.</summary>
    public static string UriOf(CaseFile file) => Path.IsPathRooted(file.Path) ? DocumentUris.FromPath(file.Path) : file.Path;

    /// <summary>A range in any file of the case, measured in the text the analysis read.</summary>
    public static Lsp.Range RangeIn(this DocumentContext document, CaseFile file, TextSpan span) => document.Encoding.ToLsp(file.Text, span);

    public static Lsp.Location LocationIn(this DocumentContext document, CaseFile file, TextSpan span) => new(UriOf(file), document.RangeIn(file, span));

    /// <summary>The ID under the cursor: a heading's ID, a reference value or a mention in prose.</summary>
    public static IdOccurrence? OccurrenceAt(this DocumentContext document, Lsp.Position position) =>
        IdOccurrences.At(document.Analysis.Model, document.OffsetOf(position));

    /// <summary>ContentModified when any file of the case changed while the result was computed: its ranges would be stale.</summary>
    public static void ThrowIfCaseModified(this ServerContext context, DocumentContext document)
    {
        foreach (var file in document.Analysis.Model.Group.Files)
        {
            if (document.State.Find(DocumentUris.Normalize(UriOf(file))) is { } snapshot)
            {
                context.ThrowIfModified(snapshot);
            }
        }
    }

    /// <summary>RequestFailed with a message for the user (the editor shows it as it is).</summary>
    public static LocalRpcException Failed(string message) => new(message) { ErrorCode = Lsp.ErrorCodes.RequestFailed };

    /// <summary>The symbol kinds a client lists under <paramref name="path"/>, or the base set when it lists none.</summary>
    public static IReadOnlySet<int> SupportedKinds(ClientCapabilities client, string path)
    {
        var listed = client.Get(path) is { ValueKind: System.Text.Json.JsonValueKind.Array } array
            ? array.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.Number).Select(e => e.GetInt32()).ToHashSet()
            : null;
        return listed is { Count: > 0 } ? listed : BaseKinds;
    }

    /// <summary>
    /// Case: a namespace (the space its IDs live in); section: a module; person: an object;
    /// evidence item: a file of the case materials; circumstance: a key (a key circumstance to
    /// prove); motion: an event of the proceedings; defence argument: a string (a claim in words).
    /// A client that does not know a kind gets the nearest one it does.
    /// </summary>
    public static int SymbolKindOf(OutlineKind kind, IReadOnlySet<int> supported)
    {
        var (preferred, fallback) = kind switch
        {
            OutlineKind.Case => (Lsp.SymbolKind.Namespace, Lsp.SymbolKind.Namespace),
            OutlineKind.Section => (Lsp.SymbolKind.Module, Lsp.SymbolKind.Module),
            OutlineKind.Person => (Lsp.SymbolKind.Object, Lsp.SymbolKind.Class),
            OutlineKind.Evidence => (Lsp.SymbolKind.File, Lsp.SymbolKind.File),
            OutlineKind.Circumstance => (Lsp.SymbolKind.Key, Lsp.SymbolKind.Constant),
            OutlineKind.Motion => (Lsp.SymbolKind.Event, Lsp.SymbolKind.Function),
            _ => (Lsp.SymbolKind.String, Lsp.SymbolKind.String),
        };
        return supported.Contains(preferred) ? preferred : fallback;
    }

    public static OutlineKind OutlineKindOf(EntityId id) => id.Prefix switch
    {
        'P' => OutlineKind.Person,
        'E' => OutlineKind.Evidence,
        'C' => OutlineKind.Circumstance,
        'M' => OutlineKind.Motion,
        _ => OutlineKind.Argument,
    };

    /// <summary>The span without the blank lines at its end: an entity's preview should not trail into the next heading.</summary>
    public static TextSpan TrimEnd(SourceText text, TextSpan span, int keep)
    {
        var end = span.End;
        while (end > Math.Max(span.Start, keep) && char.IsWhiteSpace(text.Text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(span.Start, end);
    }
}
