using System.Text;
using Casefile.LanguageServer.Server;
using Casefile.Syntax;
using Casefile.Workspace;
using Microsoft.Extensions.Logging;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// Reads the workspace folders' case files from disk when the session starts, and keeps them
/// current as the client reports changes. Open documents always win over the disk.
/// </summary>
public sealed class WorkspaceLoader(ServerContext context)
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git" };
    private const long MaxFileBytes = 64L * 1024 * 1024;

    private IReadOnlyList<string> folders = [];

    /// <summary>
    /// Runs once the session has started (after initialized) and before the workspace's files are
    /// read: it registers the file watcher and pulls the settings, so that the first analysis
    /// already uses them (no diagnostics in the wrong language or severity first).
    /// </summary>
    public Func<Task>? AfterStart { get; set; }

    public void SetFolders(IReadOnlyList<string> paths)
    {
        folders = paths;
        context.UseCasefileJsonRoot(paths.Count == 1 ? paths[0] : null);
    }

    public async Task StartAsync()
    {
        try
        {
            if (AfterStart is { } after)
            {
                await after().ConfigureAwait(false);
            }
        }
        finally
        {
            context.MarkSettingsLoaded();
        }

        try
        {
            await Task.Run(() => AddFolders(folders)).ConfigureAwait(false);
        }
        finally
        {
            context.MarkWorkspaceLoaded();
        }
    }

    public void AddFolders(IReadOnlyList<string> paths)
    {
        var found = new List<DocumentSnapshot>();
        foreach (var folder in paths)
        {
            foreach (var file in Enumerate(folder))
            {
                if (ReadFromDisk(DocumentUris.FromPath(file)) is { } snapshot)
                {
                    found.Add(snapshot);
                }
            }
        }

        context.Logger.LogInformation("Found {Count} case files in {Folders} workspace folder(s)", found.Count, paths.Count);
        context.Update(
            state => state with
            {
                Documents = state.Documents.SetItems(found.Where(f => state.Find(f.Uri) is not { IsOpen: true }).Select(f => KeyValuePair.Create(f.Uri, f))),
                DiskShadows = state.DiskShadows.SetItems(found.Where(f => state.Find(f.Uri) is { IsOpen: true }).Select(f => KeyValuePair.Create(f.Uri, f))),
                FolderPaths = state.FolderPaths.AddRange(paths),
            },
            found.Select(f => f.Folder).Distinct().ToList());
    }

    public void RemoveFolders(IReadOnlyList<string> paths)
    {
        bool Inside(DocumentSnapshot d) => paths.Any(p => IsUnder(d.Path, p));
        var gone = context.State.Documents.Values.Where(d => !d.IsOpen && Inside(d)).ToList();
        context.Update(
            state => state with
            {
                Documents = state.Documents.RemoveRange(gone.Select(d => d.Uri)),
                FolderPaths = state.FolderPaths.RemoveAll(paths.Contains),
            },
            gone.Select(d => d.Folder).Distinct().ToList());
    }

    /// <summary>A file created, changed or deleted on disk; an open document keeps the editor's text.</summary>
    public void OnFileEvent(string uri, int type)
    {
        uri = DocumentUris.Normalize(uri);
        var path = DocumentUris.ToPath(uri);
        if (string.Equals(Path.GetFileName(path), CasefileJson.FileName, StringComparison.OrdinalIgnoreCase))
        {
            context.CasefileJsonChanged(path);
            return;
        }

        if (!DocumentUris.IsCaseFile(path))
        {
            if (type == Protocol.FileChangeType.Deleted)
            {
                // A folder deleted (or renamed away) takes its case files with it; editors report
                // only the folder itself.
                RemoveUnder(path);
            }

            return;
        }

        var disk = type == Protocol.FileChangeType.Deleted ? null : ReadFromDisk(uri);
        context.Update(
            state =>
            {
                if (state.Find(uri) is { IsOpen: true })
                {
                    return state with { DiskShadows = disk is null ? state.DiskShadows.Remove(uri) : state.DiskShadows.SetItem(uri, disk) };
                }

                return state with { Documents = disk is null ? state.Documents.Remove(uri) : state.Documents.SetItem(uri, disk) };
            },
            [DocumentUris.FolderOf(uri)]);
    }

    private void RemoveUnder(string folder)
    {
        var gone = context.State.Documents.Values.Where(d => IsUnder(d.Path, folder)).ToList();
        if (gone.Count == 0)
        {
            return;
        }

        context.Update(
            state => state with
            {
                Documents = state.Documents.RemoveRange(gone.Where(d => !d.IsOpen).Select(d => d.Uri)),
                DiskShadows = state.DiskShadows.RemoveRange(gone.Where(d => d.IsOpen).Select(d => d.Uri)),
            },
            gone.Select(d => d.Folder).Distinct(StringComparer.Ordinal).ToList());
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A case file as on disk, decoded as UTF-8 (bad bytes become U+FFFD, which CF0013 reports); null if unreadable.</summary>
    public static DocumentSnapshot? ReadFromDisk(string uri)
    {
        if (!DocumentUris.IsFile(uri))
        {
            return null;
        }

        var path = DocumentUris.ToPath(uri);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxFileBytes)
            {
                return null;
            }

            var text = new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path));
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            return new DocumentSnapshot(DocumentUris.Normalize(uri), new SourceText(text), version: null, isOpen: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Links are not followed (they may loop); one that cannot be examined is not followed either.</summary>
    private static bool IsLink(string folder)
    {
        try
        {
            return (File.GetAttributes(folder) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static IEnumerable<string> Enumerate(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] files;
            string[] children;
            try
            {
                files = Directory.GetFiles(current, "*.case.md");
                children = Directory.GetDirectories(current);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var child in children)
            {
                var name = Path.GetFileName(child);
                if (!SkippedFolders.Contains(name) && !IsLink(child))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
