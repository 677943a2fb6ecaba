using System.Globalization;
using Casefile.Performance;

// Progress goes to standard error, the tables and the machine's facts to standard output.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Harness.Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    return await Harness.RunAsync(args[0], new HarnessArgs(args.Skip(1)), Console.Out, Console.Error).ConfigureAwait(false);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync($"{exception.Message}\n\n{Harness.Usage}").ConfigureAwait(false);
    return 2;
}

namespace Casefile.Performance
{
    /// <summary>The subcommands. Each prints the machine's facts and a table; exit 1 when a check of the answers failed or a target was missed with --strict.</summary>
    internal static class Harness
    {
        public const string Usage = """
            Casefile latency harness: drives the real language server over stdio and the real CLI.

              latency   --items 100,1000,10000 --edits 300 --mode pull,push [--warmup 20] [--seed 1]
                        [--verify-every N] [--folder-files 1] [--neighbour-items 100]
              coldstart --items 100 --runs 10
              memory    --files 1000 --items 100 --folders 100,1
              cli       --items 1000 --runs 5 [--cli published|build|PATH] [--dotnet-run-runs 2]
                        [--no-build-output] [--no-markdownlint]
              generate  --items 1000 --out FILE [--seed 1] [--violations 0.1]
                        (writes the generated case file that the other modes measure)

            Common: --server published|build|PATH (several, comma-separated, for coldstart)
                    --env NAME=VALUE (repeatable; set for the measured server or CLI processes)
            "published" (the default) runs dotnet publish as the README says, into
            tests/Casefile.Performance/artifacts/; "build" uses the Release build output.
            See tests/Casefile.Performance/README.md.
            """;

        public static async Task<int> RunAsync(string mode, HarnessArgs options, TextWriter output, TextWriter log)
        {
            switch (mode)
            {
                case "latency":
                {
                    var items = options.Ints("items", 1000);
                    var modes = options.Strings("mode", "pull", "push");
                    var edits = options.Int("edits", 300);
                    var warmup = options.Int("warmup", 20);
                    var seed = options.Int("seed", 1);
                    var verifyEvery = options.Int("verify-every", 0);
                    var folderFiles = options.Int("folder-files", 1);
                    var neighbourItems = options.Int("neighbour-items", 100);
                    var environment = options.Environment();
                    var serverSpec = options.String("server", "published");
                    options.ThrowIfUnused();
                    if (modes.Any(m => m is not ("pull" or "push")))
                    {
                        throw new ArgumentException("--mode is pull, push or both (pull,push).");
                    }

                    var server = Builds.Server(serverSpec, log);
                    var results = new List<LatencyResult>();
                    foreach (var size in items)
                    {
                        foreach (var m in modes)
                        {
                            results.Add(await LatencyMode.RunAsync(new LatencyOptions(size, edits, m == "pull", server, warmup, seed, verifyEvery, folderFiles, neighbourItems, environment), log).ConfigureAwait(false));
                        }
                    }

                    Header(output, "latency", $"from sending didChange to the diagnostics of that version; {results[0].WarmupEdits} warm-up edits excluded; {server}{Describe(environment)}");
                    LatencyMode.Print(results, output);
                    foreach (var r in results.Where(r => r.Options.Items == 1000 && r.Options.FolderFiles == 1))
                    {
                        output.WriteLine($"Target (1,000 items, {r.Options.ModeName}): p95 within 3x the bare Markdig parse: {(r.RatioP95ToBareParse <= 3 ? "met" : "NOT met")} ({r.Latency.Percentile(95):F1} ms = {r.RatioP95ToBareParse:F2}x {r.BareParse.Median:F1} ms)");
                    }

                    return results.Any(r => r.Problems.Count > 0) ? 1 : 0;
                }

                case "coldstart":
                {
                    var items = options.Int("items", 100);
                    var runs = options.Int("runs", 10);
                    var environment = options.Environment();
                    var specs = options.Strings("server", "published");
                    options.ThrowIfUnused();
                    var variants = specs.Select(spec => new ColdStartOptions(items, runs, Builds.Server(spec, log), environment)).ToList();
                    var results = await ColdStartMode.RunAsync(variants, log).ConfigureAwait(false);
                    Header(output, "coldstart", $"from launching the process to the first publishDiagnostics of a {items}-item file (initialize, initialized, didOpen sent at once)");
                    ColdStartMode.Print(results, output);
                    foreach (var r in results)
                    {
                        output.WriteLine($"Target: first diagnostics under one second ({r.Options.Server.Description}): {(r.FirstDiagnostics.Median < 1000 ? "met" : "NOT met")} (median {r.FirstDiagnostics.Median:F0} ms, max {r.FirstDiagnostics.Max:F0} ms)");
                    }

                    return 0;
                }

                case "memory":
                {
                    var files = options.Int("files", 1000);
                    var items = options.Int("items", 100);
                    var folders = options.Ints("folders", 100, 1);
                    var environment = options.Environment();
                    var serverSpec = options.String("server", "published");
                    options.ThrowIfUnused();
                    var server = Builds.Server(serverSpec, log);
                    var results = new List<MemoryResult>();
                    foreach (var count in folders)
                    {
                        results.Add(await MemoryMode.RunAsync(new MemoryOptions(files, items, count, server, environment), log).ConfigureAwait(false));
                    }

                    Header(output, "memory", $"casefile/memoryUsage (after a full GC) once every file's diagnostics arrived; {server}{Describe(environment)}");
                    MemoryMode.Print(results, output);
                    foreach (var r in results)
                    {
                        output.WriteLine($"Target: server memory under 10x the text it holds ({r.Options.Folders} folder(s)): {(r.WorkingSetRatio < 10 ? "met" : "NOT met")} (working set {r.WorkingSetRatio:F1}x, managed heap {r.ManagedRatio:F1}x)");
                    }

                    return 0;
                }

                case "cli":
                {
                    var items = options.Int("items", 1000);
                    var runs = options.Int("runs", 5);
                    var cliSpec = options.String("cli", "published");
                    var dotnetRunRuns = options.Int("dotnet-run-runs", 2);
                    var buildOutput = !options.Flag("no-build-output");
                    var markdownlint = !options.Flag("no-markdownlint");
                    var environment = options.Environment();
                    options.ThrowIfUnused();
                    var cli = Builds.Cli(cliSpec, log);
                    var result = await CliMode.RunAsync(new CliOptions(items, runs, cli, buildOutput, dotnetRunRuns, markdownlint, environment), log).ConfigureAwait(false);
                    Header(output, "cli", $"casefile check beside markdownlint-cli2 on the same {items}-item file ({result.TextChars:N0} chars), wall-clock of each process{Describe(environment)}");
                    CliMode.Print(result, output);
                    if (result.Speedup is { } speedup)
                    {
                        output.WriteLine($"Target: the CLI at least 10x faster than markdownlint-cli2: {(speedup.Mean >= 10 ? "met" : "NOT met")} ({speedup.Mean:F1}x by mean, {speedup.Median:F1}x by median)");
                    }

                    return 0;
                }

                case "generate":
                {
                    var items = options.Int("items", 1000);
                    var seed = options.Int("seed", 1);
                    var violations = double.Parse(options.String("violations", "0.1"), CultureInfo.InvariantCulture);
                    var path = options.String("out", string.Empty);
                    options.ThrowIfUnused();
                    if (path.Length == 0)
                    {
                        throw new ArgumentException("generate needs --out FILE.");
                    }

                    var generated = Casefile.Generator.CaseFileGenerator.Generate(new Casefile.Generator.GeneratorOptions(items, seed, violations));
                    await File.WriteAllTextAsync(path, generated.Text).ConfigureAwait(false);
                    await log.WriteLineAsync($"{path}: {items} evidence items, {generated.Text.Length:N0} characters, {generated.PlantedProblems.Count} planted problems").ConfigureAwait(false);
                    return 0;
                }

                default:
                    throw new ArgumentException($"Unknown subcommand '{mode}'.");
            }
        }

        private static void Header(TextWriter output, string mode, string what)
        {
            output.WriteLine();
            output.WriteLine($"## {mode}: {what}");
            output.WriteLine();
            MachineFacts.Print(output);
        }

        private static string Describe(IReadOnlyDictionary<string, string> environment) =>
            environment.Count > 0 ? " with " + string.Join(' ', environment.Select(e => $"{e.Key}={e.Value}")) : string.Empty;
    }
}
