using Casefile.Fuzz.Engine;
using Casefile.Fuzz.Oracles;

namespace Casefile.Fuzz.Tests;

/// <summary>
/// Every input that once broke something (tests/fuzz/regressions) is checked again with every
/// oracle — at every position of a small file, with every line end — and so is every file and
/// split case of the seed corpus, so that the test checks something even with no regression saved.
/// </summary>
public sealed class ReplayTests
{
    private const string RegressionPrefix = "regression ";
    private const string CorpusPrefix = "corpus ";

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var regression in Regressions.Load(FuzzFixture.RegressionsFolder))
        {
            data.Add(RegressionPrefix + regression.Name);
        }

        foreach (var file in FuzzFixture.Corpus.Files)
        {
            data.Add(CorpusPrefix + file.Path);
        }

        foreach (var group in FuzzFixture.Corpus.Groups)
        {
            data.Add(CorpusPrefix + FolderOf(group[0]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_regression_or_seed_corpus_input_passes_every_oracle(string entry)
    {
        if (entry.StartsWith(RegressionPrefix, StringComparison.Ordinal))
        {
            var name = entry[RegressionPrefix.Length..];
            var regression = Regressions.Load(FuzzFixture.RegressionsFolder).Single(r => r.Name == name);
            var failure = Replay.Check(regression);
            Assert.True(failure is null, $"{name} ({regression.Note}) fails again:\n{failure}");
            return;
        }

        var path = entry[CorpusPrefix.Length..];
        var files = path.EndsWith('/')
            ? FuzzFixture.Corpus.Groups.Single(g => FolderOf(g[0]) == path)
            : [FuzzFixture.Corpus.Files.Single(f => f.Path == path)];
        var input = new FuzzInput(files.Select(f => new FuzzFile("/fuzz/" + f.Path, f.Text)).ToList(), 20060420, FuzzSettings.Default);
        Checks.Run(input, new CheckOptions { LineEndsEvery = 1 });
    }

    private static string FolderOf(FuzzFile file) => Path.GetDirectoryName(file.Path)!.Replace('\\', '/') + "/";
}
