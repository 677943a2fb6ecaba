namespace Casefile.LanguageServer.Features.Diagnostics;

/// <summary>
/// Where a rule's page is: the docs/rules folder shipped beside the server (file URI), so that
/// the link works offline and nothing is fetched; the repository's relative path otherwise.
/// </summary>
public static class RuleDocs
{
    public static string? FindRoot()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "docs", "rules");
        return Directory.Exists(beside) ? beside : null;
    }

    public static string Uri(string code, string? root) =>
        root is not null ? new Uri(Path.Combine(root, $"{code}.md")).AbsoluteUri : $"docs/rules/{code}.md";
}
