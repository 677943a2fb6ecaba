using Casefile.Tests.Baselines;

namespace Casefile.Tests.Docs;

/// <summary>
/// A part of a documentation page that is generated from the code, between
/// <c>&lt;!-- generated:NAME:begin --&gt;</c> and <c>&lt;!-- generated:NAME:end --&gt;</c>. The tests
/// render it and compare; with CASEFILE_UPDATE_BASELINES=1 they rewrite it instead.
/// </summary>
internal static class GeneratedRegion
{
    public static string Begin(string name) => $"<!-- generated:{name}:begin -->";

    public static string End(string name) => $"<!-- generated:{name}:end -->";

    /// <summary>The page with the region's content replaced; null when the page lacks either marker.</summary>
    public static string? Replace(string page, string name, string content)
    {
        var begin = page.IndexOf(Begin(name), StringComparison.Ordinal);
        var end = page.IndexOf(End(name), StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return null;
        }

        var contentStart = begin + Begin(name).Length;
        return page[..contentStart] + "\n\n" + content.TrimEnd('\n') + "\n\n" + page[end..];
    }

    /// <summary>
    /// Asserts that the region of the page at <paramref name="path"/> holds exactly
    /// <paramref name="content"/>, or rewrites it when baselines are being updated.
    /// </summary>
    public static void AssertCurrent(string path, string name, string content)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');
        Assert.True(File.Exists(path), $"{relative} is missing.");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var regenerated = Replace(page, name, content);
        Assert.True(regenerated is not null, $"{relative} lacks the markers {Begin(name)} and {End(name)} (in this order) around its generated part.");
        if (Baseline.Updating)
        {
            if (regenerated != page)
            {
                File.WriteAllText(path, regenerated);
            }

            return;
        }

        Assert.True(
            regenerated == page,
            $"The generated part '{name}' of {relative} does not match the code.\n{FirstDifference(page, regenerated!)}\n" +
            "Run the tests with CASEFILE_UPDATE_BASELINES=1 to regenerate it, then review the diff.");
    }

    private static string FirstDifference(string actual, string expected)
    {
        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        for (var i = 0; i < Math.Max(actualLines.Length, expectedLines.Length); i++)
        {
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            if (a != e)
            {
                return $"First difference at line {i + 1}:\n  on the page: {a}\n  from code:   {e}";
            }
        }

        return "The pages differ only in line endings.";
    }
}
