namespace Casefile.Performance.Tests;

/// <summary>
/// Each mode of the latency harness at a tiny size against the server and CLI built beside it, so
/// that CI proves the harness works. Numbers are checked for sense (positive, ordered, counts and
/// versions right), never against a time: the machine is shared.
/// </summary>
public sealed class HarnessSmokeTests
{
    private static readonly ServerCommand Server = Builds.Server("build", TextWriter.Null);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Latency_measures_every_edit_and_checks_the_answers(bool pull)
    {
        var options = new LatencyOptions(Items: 10, Edits: 8, Pull: pull, Server: Server, Warmup: 2);

        var result = await LatencyMode.RunAsync(options, TextWriter.Null);

        Assert.Empty(result.Problems);
        Assert.Equal(6, result.MeasuredEdits);
        Assert.Equal(2, result.WarmupEdits);
        Assert.Equal(9, result.FinalVersion);
        Assert.Equal(8, result.VerifiedEdits);
        Assert.True(result.Latency.Min > 0);
        Assert.True(result.Latency.Min <= result.Latency.Median && result.Latency.Median <= result.Latency.Percentile(95) && result.Latency.Percentile(95) <= result.Latency.Max);
        Assert.True(result.BareParse.Median > 0);
        Assert.True(result.Analysis.Median > 0);
        var table = new StringWriter();
        LatencyMode.Print([result], table);
        Assert.Contains("p95 / bare parse", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latency_in_a_folder_with_other_cases_waits_for_all_of_them_first()
    {
        var options = new LatencyOptions(Items: 10, Edits: 4, Pull: false, Server: Server, Warmup: 1, FolderFiles: 3, NeighbourItems: 5);

        var result = await LatencyMode.RunAsync(options, TextWriter.Null);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.MeasuredEdits);
    }

    [Fact]
    public async Task Cold_start_measures_launch_to_first_diagnostics()
    {
        var results = await ColdStartMode.RunAsync([new ColdStartOptions(Items: 10, Runs: 1, Server: Server)], TextWriter.Null);

        var result = Assert.Single(results);
        Assert.Equal(1, result.FirstDiagnostics.Count);
        Assert.True(result.Initialized.Median > 0);
        Assert.True(result.FirstDiagnostics.Median > result.Initialized.Median);
        Assert.True(result.BareRuntime.Median > 0);
    }

    [Fact]
    public async Task Memory_waits_for_every_file_then_reads_the_servers_memory()
    {
        var result = await MemoryMode.RunAsync(new MemoryOptions(Files: 6, Items: 5, Folders: 2, Server: Server), TextWriter.Null);

        Assert.Equal(6, result.Documents);
        // The server counts the text it holds in UTF-8, as the files are on disk.
        Assert.Equal(result.GeneratedBytes, result.TextBytes);
        Assert.True(result.ManagedBytes > 0);
        Assert.True(result.WorkingSetBytes > result.ManagedBytes);
    }

    [Fact]
    public async Task Cli_times_casefile_beside_markdownlint()
    {
        var options = new CliOptions(Items: 10, Runs: 1, Cli: Builds.Cli("build", TextWriter.Null), BuildOutput: false, DotnetRunRuns: 0);

        var result = await CliMode.RunAsync(options, TextWriter.Null);

        Assert.Equal(2, result.Tools.Count);
        Assert.Matches(@"^1 file, \d+ errors?, \d+ warnings?", result.Casefile.Summary);
        Assert.Matches(@"^Summary: \d+ issues? in 1 file", result.Markdownlint!.Summary);
        Assert.All(result.Tools, t => Assert.True(t.Times.Min > 0));
        Assert.NotNull(result.Speedup);
    }

    [Fact]
    public async Task Generate_writes_the_file_the_other_modes_measure()
    {
        var path = Path.Combine(Path.GetTempPath(), $"casefile-generate-{Guid.NewGuid():N}.case.md");
        try
        {
            var exit = await Harness.RunAsync("generate", new HarnessArgs(["--items", "12", "--seed", "3", "--out", path]), TextWriter.Null, TextWriter.Null);

            Assert.Equal(0, exit);
            var expected = Casefile.Generator.CaseFileGenerator.Generate(new Casefile.Generator.GeneratorOptions(12, 3)).Text;
            Assert.Equal(expected, await File.ReadAllTextAsync(path));
            Assert.Equal(12, System.Text.RegularExpressions.Regex.Count(expected, @"^### E-\d+ ", System.Text.RegularExpressions.RegexOptions.Multiline));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
