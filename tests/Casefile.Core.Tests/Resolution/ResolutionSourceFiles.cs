namespace Casefile.Tests.Resolution;

/// <summary>Finds the files of the shared folder that is checked out beside the repository.</summary>
internal static class ResolutionSourceFiles
{
    /// <summary>The Kazakh text of the resolution as extracted from the published PDF (article numbers displaced).</summary>
    public const string ExtractedSourceName = "000_60dfb5f08b988e68.txt";

    /// <summary>The repository root: the nearest directory above the test binaries that contains Casefile.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Casefile.sln")))
            {
                return directory.FullName;
            }
        }

        Assert.Fail($"No directory containing Casefile.sln above {AppContext.BaseDirectory}; cannot locate the repository.");
        return string.Empty; // unreachable
    }

    /// <summary>
    /// The text of <c>&lt;repo&gt;/../shared/resolution/000_60dfb5f08b988e68.txt</c>.
    /// A missing file fails the test: the fidelity of the shipped text must never go unchecked silently.
    /// </summary>
    public static string ReadExtractedSource()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "resolution", ExtractedSourceName));
        if (!File.Exists(path))
        {
            Assert.Fail(
                $"The extracted source of the resolution is missing: {path}. The repository is expected to be checked out "
                + "with the shared/ folder beside it; without that file the shipped Kazakh text cannot be verified.");
        }

        return File.ReadAllText(path, System.Text.Encoding.UTF8);
    }
}
