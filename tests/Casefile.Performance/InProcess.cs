using System.Diagnostics;

namespace Casefile.Performance;

/// <summary>In-process reference timings, the floor an out-of-process answer is compared with.</summary>
internal static class InProcess
{
    /// <summary>
    /// The median of repeated runs after warm-up runs (not counted): at least <paramref name="minRuns"/>,
    /// then more while the time budget lasts, at most <paramref name="maxRuns"/>.
    /// </summary>
    public static Stats Time(Func<object> action, int warmup = 10, int minRuns = 7, int maxRuns = 31, double budgetMs = 3000)
    {
        // Warm-up long enough for tiered compilation to have promoted the hot methods (30 calls, then a
        // background compile): at least the given runs and at least one second.
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmup || (warming.ElapsedMilliseconds < 1000 && i < 1000); i++)
        {
            GC.KeepAlive(action());
        }

        var times = new List<double>();
        var budget = Stopwatch.StartNew();
        while (times.Count < maxRuns && (times.Count < minRuns || budget.Elapsed.TotalMilliseconds < budgetMs))
        {
            var start = Stopwatch.GetTimestamp();
            var result = action();
            times.Add(Stats.Ms(start, Stopwatch.GetTimestamp()));
            GC.KeepAlive(result);
        }

        return new Stats(times);
    }
}

/// <summary>A temporary folder, deleted with everything in it at the end.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix)
    {
        Path = Directory.CreateTempSubdirectory($"casefile-{prefix}-").FullName;
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
