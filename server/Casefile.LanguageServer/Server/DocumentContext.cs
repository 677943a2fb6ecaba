using Casefile.Analysis;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Casefile.Syntax;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Server;

/// <summary>
/// A document as a reading request sees it: the snapshot, its analysis (model, diagnostics,
/// admissibility), the workspace state it belongs to, and the language to answer in.
/// </summary>
public sealed record DocumentContext(DocumentSnapshot Snapshot, FileAnalysis Analysis, WorkspaceState State, Language Language, PositionEncodingKind Encoding)
{
    public SourceText Text => Snapshot.Text;

    public int OffsetOf(Lsp.Position position) => Encoding.ToOffset(Text, position);

    public Lsp.Range RangeOf(TextSpan span) => Encoding.ToLsp(Text, span);

    /// <summary>A range in another file of the workspace (as that file is now), for locations across files.</summary>
    public Lsp.Location LocationOf(string path, TextSpan span)
    {
        var uri = Path.IsPathRooted(path) ? DocumentUris.FromPath(path) : path;
        var text = State.Find(DocumentUris.Normalize(uri))?.Text ?? Text;
        return new Lsp.Location(uri, Encoding.ToLsp(text, span));
    }
}
