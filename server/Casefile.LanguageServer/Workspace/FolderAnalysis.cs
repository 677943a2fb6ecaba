using Casefile.Analysis;

namespace Casefile.LanguageServer.Workspace;

/// <summary>The analysis of one folder's case files at one moment: each file's result and the snapshot it came from.</summary>
public sealed class FolderAnalysis
{
    public FolderAnalysis(string folder, IReadOnlyDictionary<string, (DocumentSnapshot Snapshot, FileAnalysis Analysis)> files)
    {
        Folder = folder;
        Files = files;
    }

    public string Folder { get; }

    /// <summary>By normalised URI.</summary>
    public IReadOnlyDictionary<string, (DocumentSnapshot Snapshot, FileAnalysis Analysis)> Files { get; }
}
