using Casefile.Syntax;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// One version of a document, immutable: open in the editor (with the client's version) or read
/// from disk. <see cref="Generation"/> grows with every change, so that an analysis can tell
/// whether it is stale. The syntax is parsed once, on first use.
/// </summary>
public sealed class DocumentSnapshot
{
    private static long nextGeneration;
    private readonly Lazy<CaseFileSyntax> syntax;

    public DocumentSnapshot(string uri, SourceText text, int? version, bool isOpen)
    {
        Uri = uri;
        Path = DocumentUris.ToPath(uri);
        Folder = DocumentUris.FolderOf(uri);
        Text = text;
        Version = version;
        IsOpen = isOpen;
        Generation = Interlocked.Increment(ref nextGeneration);
        IsCaseFile = CaseFileDetection.IsCaseFile(uri, text.Text);
        syntax = new Lazy<CaseFileSyntax>(() => CaseFileParser.Parse(Path, Text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }

    public string Path { get; }

    /// <summary>The folder the document belongs to, worked out once: every keystroke asks it of every document.</summary>
    public string Folder { get; }

    public SourceText Text { get; }

    /// <summary>The client's version while open; null for a file read from disk.</summary>
    public int? Version { get; }

    public bool IsOpen { get; }

    public long Generation { get; }

    /// <summary>Whether the document is analysed: a *.case.md file, or a document that looks like a case file (see <see cref="CaseFileDetection"/>).</summary>
    public bool IsCaseFile { get; }

    public CaseFileSyntax Syntax => syntax.Value;
}
