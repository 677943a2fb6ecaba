using System.Collections.Immutable;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// Everything the server knows, immutable and replaced as a whole on each change (as marksman
/// does): the case files (open ones as the editor has them, others as on disk), the casefile.json
/// files' text, the workspace folders.
/// </summary>
public sealed record WorkspaceState
{
    public static readonly WorkspaceState Empty = new();

    /// <summary>Case files by normalised URI: open documents shadow the disk.</summary>
    public ImmutableDictionary<string, DocumentSnapshot> Documents { get; init; } = ImmutableDictionary<string, DocumentSnapshot>.Empty;

    /// <summary>The disk version of each open document, to fall back to when it closes.</summary>
    public ImmutableDictionary<string, DocumentSnapshot> DiskShadows { get; init; } = ImmutableDictionary<string, DocumentSnapshot>.Empty;

    public ImmutableList<string> FolderPaths { get; init; } = [];

    /// <summary>Bumped when settings or casefile.json change, so every analysis is redone.</summary>
    public long SettingsGeneration { get; init; }

    /// <summary>Grows by one with every change: which of two states is the newer.</summary>
    public long Revision { get; init; }

    public DocumentSnapshot? Find(string uri) => Documents.GetValueOrDefault(uri);

    /// <summary>Whether a file lies in one of the workspace folders (a file opened from elsewhere does not).</summary>
    public bool IsInWorkspace(string path) =>
        FolderPaths.Any(folder => path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    public IEnumerable<DocumentSnapshot> InFolder(string folder) =>
        Documents.Values.Where(d => d.Folder == folder);
}
