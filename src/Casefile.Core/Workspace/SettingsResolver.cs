using Casefile.Analysis;

namespace Casefile.Workspace;

/// <summary>
/// Finds the <c>casefile.json</c> that governs a case file and turns it into <see cref="RuleSettings"/>.
/// <para>
/// The search starts in the file's own folder and goes up through its parents, up to and
/// including <c>root</c>. A file that does not lie under <c>root</c> (or when no root is given)
/// searches all the way to the file-system root. The <b>nearest</b> casefile.json wins outright:
/// its settings are not merged with those of casefile.json files further up. That is the rule
/// the format contract states ("the nearest one wins"), and it keeps a sub-folder's file
/// self-contained: what it says is all that applies, without having to look further up.
/// A nearest file with problems still wins; its valid parts are applied and its problems are
/// reported through <see cref="Resolve"/>.
/// </para>
/// <para>
/// Reading goes through a function (path → text, or null when there is no such file), so a
/// language server can feed unsaved editor content; parsed files are cached until
/// <see cref="Invalidate"/> or <see cref="Clear"/>. The class is safe to use from several threads.
/// </para>
/// </summary>
public sealed class SettingsResolver
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string? root;
    private readonly Func<string, string?> readFile;
    private readonly Dictionary<string, CasefileJson?> cache = new(StringComparer.FromComparison(PathComparison));
    private readonly Lock gate = new();

    /// <param name="root">The folder the search stops at (inclusive), normally the workspace folder; null for none.</param>
    /// <param name="readFile">
    /// Returns a file's text, or null when it does not exist. An exception it throws is reported as
    /// a problem of that casefile.json, never passed on.
    /// </param>
    public SettingsResolver(string? root, Func<string, string?> readFile)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        this.root = root is null ? null : Normalize(root);
        this.readFile = readFile;
    }

    /// <summary>A resolver that reads casefile.json files from disk.</summary>
    public static SettingsResolver ForFileSystem(string? root) => new(root, ReadFromDisk);

    public string? Root => root;

    /// <summary>The settings for a case file (<see cref="RuleSettings.Default"/> when no casefile.json governs it).</summary>
    public RuleSettings SettingsFor(string filePath) => Resolve(filePath).Settings;

    /// <summary>The governing casefile.json of a case file, parsed, with its path.</summary>
    public ResolvedSettings Resolve(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        foreach (var folder in FoldersToSearch(filePath))
        {
            var candidate = Path.Combine(folder, CasefileJson.FileName);
            if (Load(candidate) is { } config)
            {
                return new ResolvedSettings(candidate, config, config.ToSettings());
            }
        }

        return new ResolvedSettings(null, null, RuleSettings.Default);
    }

    /// <summary>The parsed casefile.json at this exact path, or null when there is none; cached.</summary>
    public CasefileJson? Load(string configPath)
    {
        configPath = Normalize(configPath);
        lock (gate)
        {
            if (cache.TryGetValue(configPath, out var cached))
            {
                return cached;
            }
        }

        CasefileJson? parsed;
        try
        {
            parsed = readFile(configPath) is { } text ? CasefileJson.Parse(text) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            parsed = CasefileJson.Unreadable(exception.Message);
        }

        lock (gate)
        {
            cache[configPath] = parsed;
        }

        return parsed;
    }

    /// <summary>Forgets one casefile.json (it was edited, created or deleted).</summary>
    public void Invalidate(string configPath)
    {
        lock (gate)
        {
            cache.Remove(Normalize(configPath));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            cache.Clear();
        }
    }

    /// <summary>Every casefile.json read so far that exists, in path order.</summary>
    public IReadOnlyList<(string Path, CasefileJson Config)> LoadedFiles()
    {
        lock (gate)
        {
            return cache
                .Where(p => p.Value is not null)
                .Select(p => (p.Key, p.Value!))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToList();
        }
    }

    private IEnumerable<string> FoldersToSearch(string filePath)
    {
        var folder = Path.GetDirectoryName(Normalize(filePath));
        var bounded = root is not null && IsUnder(folder, root);
        while (!string.IsNullOrEmpty(folder))
        {
            yield return folder;
            if (bounded && string.Equals(folder, root, PathComparison))
            {
                yield break;
            }

            folder = Path.GetDirectoryName(folder);
        }
    }

    private static bool IsUnder(string? path, string folder)
    {
        if (path is null)
        {
            return false;
        }

        if (string.Equals(path, folder, PathComparison))
        {
            return true;
        }

        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison);
    }

    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        return full.Length > Path.GetPathRoot(full)?.Length ? Path.TrimEndingDirectorySeparator(full) : full;
    }

    private static string? ReadFromDisk(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}

/// <summary>The governing casefile.json of a file (null when there is none) and the settings it gives.</summary>
public sealed record ResolvedSettings(string? ConfigPath, CasefileJson? Config, RuleSettings Settings);
