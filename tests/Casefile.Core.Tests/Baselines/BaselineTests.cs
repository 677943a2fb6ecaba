using Casefile.Analysis;

namespace Casefile.Tests.Baselines;

/// <summary>Every case file under tests/cases and examples/ gives exactly the diagnostics in its .expected file.</summary>
public sealed class BaselineTests
{
    public static TheoryData<string> CaseFolders() => new(Baseline.Folders(RepositoryPaths.Cases));

    public static TheoryData<string> ExampleFolders() => new(Baseline.Folders(RepositoryPaths.Examples));

    [Theory]
    [MemberData(nameof(CaseFolders))]
    public void Case_files_give_their_expected_diagnostics(string folder) => AssertMatches(folder);

    [Theory]
    [MemberData(nameof(ExampleFolders))]
    public void Examples_give_their_expected_diagnostics(string folder) => AssertMatches(folder);

    /// <summary>
    /// Each code has a file under tests/cases/CODE/ that triggers it and one that must not: the
    /// near miss. Files named "passes*" must not show the code of their folder.
    /// </summary>
    [Fact]
    public void Every_code_has_a_triggering_and_a_near_miss_case()
    {
        var missing = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            var code = rule.Descriptor.Code;
            var folder = Path.Combine(RepositoryPaths.Cases, code);
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.case.md") : [];
            var triggering = files.Where(f => !Path.GetFileName(f).StartsWith("passes", StringComparison.Ordinal)).ToList();
            var passing = files.Where(f => Path.GetFileName(f).StartsWith("passes", StringComparison.Ordinal)).ToList();
            if (triggering.Count == 0 || passing.Count == 0)
            {
                missing.Add($"{code}: {triggering.Count} triggering, {passing.Count} passing files in tests/cases/{code}/");
                continue;
            }

            var analysis = Baseline.AnalyzeFolder(folder);
            foreach (var file in analysis.Files)
            {
                var shows = file.Diagnostics.Any(d => d.Code == code);
                var shouldShow = !Path.GetFileName(file.Path).StartsWith("passes", StringComparison.Ordinal);
                if (shows != shouldShow)
                {
                    missing.Add($"{code}: {Path.GetFileName(file.Path)} {(shouldShow ? "does not trigger" : "triggers")} it");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static void AssertMatches(string folder)
    {
        var failures = Baseline.Check(Path.Combine(RepositoryPaths.Root, folder));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
