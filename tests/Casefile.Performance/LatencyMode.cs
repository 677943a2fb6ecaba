using System.Diagnostics;
using System.Text.Json;
using Casefile.Analysis;
using Casefile.Generator;
using Casefile.Syntax;

namespace Casefile.Performance;

internal sealed record LatencyOptions(
    int Items,
    int Edits,
    bool Pull,
    ServerCommand Server,
    int Warmup = 20,
    int Seed = 1,
    int VerifyEvery = 0,
    int FolderFiles = 1,
    int NeighbourItems = 100,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    public string ModeName => Pull ? "pull" : "push";

    /// <summary>Every edit is checked against an in-process analysis at 100 items and below; fewer above, where that analysis costs more.</summary>
    public int EffectiveVerifyEvery => VerifyEvery > 0 ? VerifyEvery : Items <= 100 ? 1 : Items <= 1000 ? 5 : 25;
}

internal sealed record LatencyResult(
    LatencyOptions Options,
    int TextChars,
    int TextBytes,
    Stats Latency,
    Stats BareParse,
    Stats Analysis,
    int MeasuredEdits,
    int WarmupEdits,
    int VerifiedEdits,
    int FinalVersion,
    int FinalDiagnostics,
    double ServerCpuPerEditMs,
    IReadOnlyList<string> Problems)
{
    public double RatioP95ToBareParse => Latency.Percentile(95) / BareParse.Median;
}

/// <summary>
/// Time from sending a didChange to holding diagnostics for that version: for pull, the answer to
/// textDocument/diagnostic sent right after the change; for push, the publishDiagnostics that carries
/// the change's version (diagnosticsDelayMs 0: no pause in typing is waited for).
/// </summary>
internal static class LatencyMode
{
    public static async Task<LatencyResult> RunAsync(LatencyOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var text = CaseFileGenerator.Generate(new GeneratorOptions(options.Items, options.Seed)).Text;
        log.WriteLine($"latency: {options.Items} items ({text.Length:N0} chars), {options.ModeName}, {options.Edits} edits of which the first {Math.Min(options.Warmup, options.Edits - 1)} are warm-up");

        // The floor, measured before the server starts so that the two never share the cores.
        var bareParse = InProcess.Time(() => Markdig.Markdown.Parse(text));
        var analysis = InProcess.Time(() => Analyzer.AnalyzeText("generated.case.md", text), warmup: 5, minRuns: 5, maxRuns: 15);
        var edits = EditScript.Plan(text, options.Edits, options.Seed);

        using var folder = new TempFolder("latency");
        var caseFolder = Path.Combine(folder.Path, "case");
        Directory.CreateDirectory(caseFolder);
        var path = Path.Combine(caseFolder, "generated.case.md");
        await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
        for (var i = 1; i < options.FolderFiles; i++)
        {
            // Other cases in the same folder (their own case numbers): the server analyses a folder at a time.
            var neighbour = CaseFileGenerator.Generate(new GeneratorOptions(options.NeighbourItems, 1000 + i, CaseNumber: (245100031100000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).Text;
            await File.WriteAllTextAsync(Path.Combine(caseFolder, $"neighbour-{i:D4}.case.md"), neighbour, cancellationToken).ConfigureAwait(false);
        }

        var uri = LspSession.Uri(path);
        var timeout = TimeSpan.FromSeconds(Math.Max(30, options.Items / 100));
        var problems = new List<string>();
        var latencies = new List<double>();
        var verified = 0;
        var current = new SourceText(text);
        JsonElement lastItems = default;

        await using var session = LspSession.Start(options.Server, options.Environment);
        await session.InitializeAsync(caseFolder, options.Pull, cancellationToken).ConfigureAwait(false);
        await session.OpenAsync(uri, text, 1).ConfigureAwait(false);
        if (options.Pull)
        {
            lastItems = await PullAsync(session, uri, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            lastItems = (await session.WaitForPublishAsync(p => p.Uri == uri && p.Version == 1, timeout).ConfigureAwait(false)).Diagnostics;
            if (options.FolderFiles > 1)
            {
                await session.WaitForDistinctDocumentsAsync(options.FolderFiles, timeout * 4).ConfigureAwait(false);
            }
        }

        CheckAgainstInProcess(current.Text, lastItems, "the opened text", problems);
        var warmup = Math.Min(options.Warmup, options.Edits - 1);
        var cpuAtStart = 0.0;
        for (var index = 0; index < edits.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var edit = edits[index];
            var version = index + 2;
            if (index == warmup)
            {
                cpuAtStart = session.CpuMilliseconds;
            }

            session.ClearPublished();
            Task<Published>? pushed = options.Pull ? null : session.WaitForPublishAsync(p => p.Uri == uri && p.Version == version, timeout);

            var start = Stopwatch.GetTimestamp();
            await session.ChangeAsync(uri, version, edit).ConfigureAwait(false);
            long end;
            if (options.Pull)
            {
                lastItems = await PullAsync(session, uri, cancellationToken).ConfigureAwait(false);
                end = Stopwatch.GetTimestamp();
            }
            else
            {
                Published published;
                try
                {
                    published = await pushed!.ConfigureAwait(false);
                }
                catch (TimeoutException exception)
                {
                    throw new TimeoutException($"Edit {index + 1} ({edit.Kind}) at version {version} brought no publishDiagnostics: did it not change the diagnostics?", exception);
                }

                end = published.Timestamp;
                lastItems = published.Diagnostics;
            }

            if (index >= warmup)
            {
                latencies.Add(Stats.Ms(start, end));
            }

            current = edit.ApplyTo(current);
            if ((index + 1) % options.EffectiveVerifyEvery == 0 || index == edits.Count - 1)
            {
                // Outside the timed span: the server is idle, the harness checks the answer was for this text.
                CheckAgainstInProcess(current.Text, lastItems, $"edit {index + 1} ({edit.Kind}, version {version})", problems);
                verified++;
            }
        }

        var cpuPerEdit = (session.CpuMilliseconds - cpuAtStart) / latencies.Count;
        await session.ShutdownAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        return new LatencyResult(
            options,
            text.Length,
            System.Text.Encoding.UTF8.GetByteCount(text),
            new Stats(latencies),
            bareParse,
            analysis,
            latencies.Count,
            warmup,
            verified,
            edits.Count + 1,
            lastItems.GetArrayLength(),
            cpuPerEdit,
            problems);
    }

    public static void Print(IReadOnlyList<LatencyResult> results, TextWriter output)
    {
        var table = new Table("items", "mode", "edits", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean ms", "server CPU per edit ms", "bare Markdig parse ms", "in-process analysis ms", "p95 / bare parse", "checked");
        foreach (var r in results)
        {
            table.Add(
                $"{r.Options.Items:N0}" + (r.Options.FolderFiles > 1 ? $" (+{r.Options.FolderFiles - 1} files of {r.Options.NeighbourItems} in its folder)" : string.Empty),
                r.Options.ModeName,
                r.MeasuredEdits,
                r.Latency.Median,
                r.Latency.Percentile(95),
                r.Latency.Percentile(99),
                r.Latency.Max,
                r.Latency.Mean,
                r.ServerCpuPerEditMs,
                r.BareParse.Median,
                r.Analysis.Median,
                $"{r.RatioP95ToBareParse:F2}x",
                r.Problems.Count == 0 ? $"{r.VerifiedEdits} ok" : $"{r.Problems.Count} FAILED");
        }

        table.Print(output);
        foreach (var r in results)
        {
            foreach (var problem in r.Problems.Take(5))
            {
                output.WriteLine($"  MISMATCH ({r.Options.Items} items, {r.Options.ModeName}): {problem}");
            }
        }
    }

    /// <summary>textDocument/diagnostic answered with a full report; its items.</summary>
    private static async Task<JsonElement> PullAsync(LspSession session, string uri, CancellationToken cancellationToken)
    {
        var report = await session.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } }, cancellationToken).ConfigureAwait(false);
        if (report.GetProperty("kind").GetString() != "full")
        {
            throw new InvalidOperationException($"Expected a full report, got {report}");
        }

        return report.GetProperty("items");
    }

    /// <summary>
    /// The server's diagnostics must be those of the harness's own copy of the text: the same codes
    /// at the same ranges as an in-process analysis (the messages depend on the language, ranges and
    /// codes do not).
    /// </summary>
    internal static void CheckAgainstInProcess(string text, JsonElement items, string what, List<string> problems)
    {
        var expected = Analyzer.AnalyzeText("generated.case.md", text).Diagnostics
            .Select(d => $"{d.Code}@{d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = items.EnumerateArray()
            .Select(d =>
            {
                var range = d.GetProperty("range");
                var start = range.GetProperty("start");
                var end = range.GetProperty("end");
                return $"{d.GetProperty("code").GetString()}@{start.GetProperty("line").GetInt32()}:{start.GetProperty("character").GetInt32()}-{end.GetProperty("line").GetInt32()}:{end.GetProperty("character").GetInt32()}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!expected.SequenceEqual(actual))
        {
            var missing = expected.Except(actual).Take(3);
            var extra = actual.Except(expected).Take(3);
            problems.Add($"{what}: server {actual.Count} diagnostics, in-process {expected.Count}; missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]");
        }
    }
}
