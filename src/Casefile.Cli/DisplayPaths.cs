namespace Casefile.Cli;

/// <summary>How files are named in reports: relative to the current directory when under it, with '/' separators.</summary>
public static class DisplayPaths
{
    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static string For(string fullPath, string currentDirectory)
    {
        var baseDirectory = Path.GetFullPath(currentDirectory);
        var prefix = Path.EndsInDirectorySeparator(baseDirectory) ? baseDirectory : baseDirectory + Path.DirectorySeparatorChar;
        var shown = fullPath.StartsWith(prefix, Comparison) ? fullPath[prefix.Length..] : fullPath;
        return Path.DirectorySeparatorChar == '\\' ? shown.Replace('\\', '/') : shown;
    }

    /// <summary>A display path as a URI reference: relative ones escaped segment by segment, absolute ones as file:// URIs.</summary>
    public static string ToUri(string displayPath) =>
        Path.IsPathFullyQualified(displayPath)
            ? FileUri(displayPath)
            : string.Join('/', displayPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The absolute file:// URI of a full path (a folder's URI ends with '/').</summary>
    public static string FileUri(string fullPath) => new Uri(fullPath).AbsoluteUri;
}
