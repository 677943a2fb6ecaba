namespace Casefile.LanguageServer.Workspace;

/// <summary>file:// URIs and local paths. Documents that are not files (untitled:) keep their URI as their path.</summary>
public static class DocumentUris
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(parsed.LocalPath);
        }

        return uri;
    }

    public static bool IsFile(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile;

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The folder whose files form cases together; a non-file document stands alone.</summary>
    public static string FolderOf(string uri) =>
        IsFile(uri) ? Path.GetDirectoryName(ToPath(uri)) ?? "/" : uri;

    public static bool IsCaseFile(string pathOrUri) => pathOrUri.EndsWith(".case.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>One spelling per document: clients differ in how they escape (e.g. "%3A" vs ":").</summary>
    public static string Normalize(string uri) =>
        IsFile(uri) ? FromPath(ToPath(uri)) : uri;
}
