using System.Diagnostics;
using System.Globalization;
using Casefile.Generator;

namespace Casefile.Performance;

internal sealed record MemoryOptions(int Files, int Items, int Folders, ServerCommand Server, IReadOnlyDictionary<string, string>? Environment = null);

internal sealed record MemoryResult(
    MemoryOptions Options,
    long GeneratedBytes,
    double LoadedMs,
    int Documents,
    long TextBytes,
    long ManagedBytes,
    long WorkingSetBytes,
    long PeakWorkingSetBytes)
{
    public double WorkingSetRatio => WorkingSetBytes / (double)TextBytes;

    public double ManagedRatio => ManagedBytes / (double)TextBytes;
}

/// <summary>
/// A workspace of many generated case files (each its own case: distinct seeds and case numbers),
/// spread over folders; the server is started on it, every file's diagnostics are awaited (the
/// workspace is loaded and analysed), then casefile/memoryUsage is asked (after a full collection).
/// </summary>
internal static class MemoryMode
{
    public static async Task<MemoryResult> RunAsync(MemoryOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        using var root = new TempFolder("memory");
        long generated = 0;
        var perFolder = (int)Math.Ceiling(options.Files / (double)options.Folders);
        for (var i = 0; i < options.Files; i++)
        {
            var folder = Path.Combine(root.Path, $"folder-{i / perFolder:D3}");
            Directory.CreateDirectory(folder);
            var text = CaseFileGenerator.Generate(new GeneratorOptions(options.Items, Seed: i + 1, CaseNumber: (245100031000000L + i).ToString(CultureInfo.InvariantCulture))).Text;
            var path = Path.Combine(folder, $"case-{i:D4}.case.md");
            await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
            generated += new FileInfo(path).Length;
        }

        log.WriteLine($"memory: {options.Files} files of {options.Items} items in {options.Folders} folder(s), {Table.Bytes(generated)} on disk");
        await using var session = LspSession.Start(options.Server, options.Environment);
        await session.InitializeAsync(root.Path, pull: false, cancellationToken).ConfigureAwait(false);
        await session.WaitForDistinctDocumentsAsync(options.Files, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        var loaded = Stats.Ms(session.LaunchedAt, Stopwatch.GetTimestamp());
        session.ClearPublished();

        var usage = await session.RequestAsync("casefile/memoryUsage", null, cancellationToken).ConfigureAwait(false);
        var peak = PeakWorkingSet(session.ProcessId);
        await session.ShutdownAsync(TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        return new MemoryResult(
            options,
            generated,
            loaded,
            usage.GetProperty("documents").GetInt32(),
            usage.GetProperty("textBytes").GetInt64(),
            usage.GetProperty("managedBytes").GetInt64(),
            usage.GetProperty("workingSetBytes").GetInt64(),
            peak);
    }

    public static void Print(IReadOnlyList<MemoryResult> results, TextWriter output)
    {
        var table = new Table("workspace", "documents", "text held (UTF-8)", "managed heap", "managed / text", "working set", "working set / text", "peak working set", "launch to all diagnostics");
        foreach (var r in results)
        {
            table.Add(
                $"{r.Options.Files} files of {r.Options.Items} items in {r.Options.Folders} folder(s)",
                r.Documents,
                Table.Bytes(r.TextBytes),
                Table.Bytes(r.ManagedBytes),
                $"{r.ManagedRatio:F1}x",
                Table.Bytes(r.WorkingSetBytes),
                $"{r.WorkingSetRatio:F1}x",
                r.PeakWorkingSetBytes > 0 ? Table.Bytes(r.PeakWorkingSetBytes) : "n/a",
                $"{r.LoadedMs / 1000:F1} s");
        }

        table.Print(output);
    }

    /// <summary>VmHWM, the process's peak resident set (Linux); 0 where unknown.</summary>
    private static long PeakWorkingSet(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }
}
