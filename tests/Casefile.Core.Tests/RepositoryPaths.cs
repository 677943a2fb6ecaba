namespace Casefile.Tests;

/// <summary>Folders of the repository the tests read: the examples, the case files under test, the docs.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string Cases => Path.Combine(Root, "tests", "cases");

    public static string Docs => Path.Combine(Root, "docs");

    public static string RuleDocs => Path.Combine(Root, "docs", "rules");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Casefile.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Casefile.sln above {AppContext.BaseDirectory}.");
    }
}
