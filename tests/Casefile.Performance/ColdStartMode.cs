using System.Diagnostics;
using Casefile.Generator;

namespace Casefile.Performance;

internal sealed record ColdStartOptions(int Items, int Runs, ServerCommand Server, IReadOnlyDictionary<string, string>? Environment = null, string Label = "");

internal sealed record ColdStartResult(ColdStartOptions Options, Stats FirstDiagnostics, Stats Initialized, Stats BareRuntime, Stats ServerCpu, int Diagnostics);

/// <summary>
/// From launching the server process to the first diagnostics of a file: initialize, initialized and
/// didOpen are sent at once (as an editor opening a file does), diagnostics are pushed with
/// diagnosticsDelayMs 0. Beside it, the bare start of the runtime on the same binary (its
/// <c>--version</c>), which no server code can go below.
/// </summary>
internal static class ColdStartMode
{
    /// <summary>Each variant (a server binary, environment variables) launched in turn, one launch per round, so that a busy moment of a shared machine falls on all alike.</summary>
    public static async Task<IReadOnlyList<ColdStartResult>> RunAsync(IReadOnlyList<ColdStartOptions> variants, TextWriter log, CancellationToken cancellationToken = default)
    {
        var items = variants[0].Items;
        var text = CaseFileGenerator.Generate(new GeneratorOptions(items)).Text;
        using var folder = new TempFolder("coldstart");
        var path = Path.Combine(folder.Path, "generated.case.md");
        await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
        var uri = LspSession.Uri(path);
        log.WriteLine($"coldstart: {items} items ({text.Length:N0} chars), {variants[0].Runs} launches of each of {variants.Count} variant(s)");

        var first = variants.Select(_ => new List<double>()).ToList();
        var initialized = variants.Select(_ => new List<double>()).ToList();
        var bare = variants.Select(_ => new List<double>()).ToList();
        var cpu = variants.Select(_ => new List<double>()).ToList();
        var counts = new int[variants.Count];
        for (var run = 0; run < variants[0].Runs; run++)
        {
            for (var v = 0; v < variants.Count; v++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var options = variants[v];
                await using (var session = LspSession.Start(options.Server, options.Environment))
                {
                    await session.InitializeAsync(folder.Path, pull: false, cancellationToken).ConfigureAwait(false);
                    var initializedAt = Stopwatch.GetTimestamp();
                    await session.OpenAsync(uri, text, 1).ConfigureAwait(false);
                    var published = await session.WaitForPublishAsync(p => p.Uri == uri && p.Version == 1, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
                    cpu[v].Add(session.CpuMilliseconds);
                    first[v].Add(Stats.Ms(session.LaunchedAt, published.Timestamp));
                    initialized[v].Add(Stats.Ms(session.LaunchedAt, initializedAt));
                    counts[v] = published.Count;
                    await session.ShutdownAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                }

                var info = options.Server.StartInfo("--version");
                info.RedirectStandardOutput = true;
                foreach (var (name, value) in options.Environment ?? new Dictionary<string, string>())
                {
                    info.Environment[name] = value;
                }

                var start = Stopwatch.GetTimestamp();
                using (var process = Process.Start(info)!)
                {
                    await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                    await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                }

                bare[v].Add(Stats.Ms(start, Stopwatch.GetTimestamp()));
            }
        }

        return variants.Select((o, v) => new ColdStartResult(o, new Stats(first[v]), new Stats(initialized[v]), new Stats(bare[v]), new Stats(cpu[v]), counts[v])).ToList();
    }

    public static void Print(IReadOnlyList<ColdStartResult> results, TextWriter output)
    {
        var table = new Table("server", "runs", "first diagnostics median ms", "min ms", "max ms", "initialize answered median ms", "server CPU until then median ms", "bare runtime start (--version) median ms", "diagnostics");
        foreach (var r in results)
        {
            table.Add(
                (r.Options.Label.Length > 0 ? r.Options.Label : r.Options.Server.Description) + Describe(r.Options.Environment),
                r.FirstDiagnostics.Count,
                r.FirstDiagnostics.Median,
                r.FirstDiagnostics.Min,
                r.FirstDiagnostics.Max,
                r.Initialized.Median,
                r.ServerCpu.Median,
                r.BareRuntime.Median,
                r.Diagnostics);
        }

        table.Print(output);
    }

    private static string Describe(IReadOnlyDictionary<string, string>? environment) =>
        environment is { Count: > 0 } ? " with " + string.Join(' ', environment.Select(e => $"{e.Key}={e.Value}")) : string.Empty;
}
