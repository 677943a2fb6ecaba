namespace Casefile.Cli;

/// <summary>
/// Expands the PATH arguments into the files to check: a file is taken as it is (whatever its
/// name); a folder is searched recursively for <c>*.case.md</c>, skipping build, package and VCS
/// folders. Duplicates are dropped; paths that do not exist are reported, not thrown.
/// </summary>
public static class FileCollector
{
    public const string Extension = ".case.md";

    public static readonly IReadOnlySet<string> SkippedFolders =
        new HashSet<string>(["bin", "obj", "node_modules", ".git"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The full paths found (in no particular order) and one message per missing path.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Problems) Collect(IEnumerable<string> paths, string currentDirectory)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var argument in paths)
        {
            if (string.IsNullOrWhiteSpace(argument))
            {
                problems.Add("an empty path was given");
                continue;
            }

            string full;
            try
            {
                full = Path.GetFullPath(argument, currentDirectory);
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                problems.Add($"invalid path '{argument}': {exception.Message}");
                continue;
            }

            if (File.Exists(full))
            {
                Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Search(full, problems))
                {
                    Add(file);
                }
            }
            else
            {
                problems.Add($"path not found: {argument}");
            }
        }

        return (files, problems);

        void Add(string file)
        {
            if (seen.Add(file))
            {
                files.Add(file);
            }
        }
    }

    private static IEnumerable<string> Search(string root, List<string> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };

        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] entries;
            string[] folders;
            try
            {
                entries = Directory.GetFiles(folder, "*", options);
                folders = Directory.GetDirectories(folder, "*", options);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add($"cannot read folder {folder}: {exception.Message}");
                continue;
            }

            foreach (var file in entries)
            {
                if (file.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                {
                    yield return file;
                }
            }

            foreach (var sub in folders)
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub)) && IsPlainFolder(sub))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>
    /// Links to folders are not followed (they could loop); a folder that vanished since it was
    /// listed, as another program's temporary folder may, is passed over rather than failing the run.
    /// </summary>
    private static bool IsPlainFolder(string folder)
    {
        try
        {
            return !new DirectoryInfo(folder).Attributes.HasFlag(FileAttributes.ReparsePoint);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
