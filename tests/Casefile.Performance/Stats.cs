namespace Casefile.Performance;

/// <summary>Order statistics of a sample of durations in milliseconds. Percentiles by nearest rank: every figure is one that was measured.</summary>
internal sealed class Stats
{
    private readonly double[] sorted;

    public Stats(IEnumerable<double> values)
    {
        sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values to summarise.", nameof(values));
        }
    }

    public int Count => sorted.Length;

    public double Min => sorted[0];

    public double Max => sorted[^1];

    public double Mean => sorted.Average();

    public double Median => Percentile(50);

    /// <summary>The nearest-rank percentile: the smallest value with at least p% of the sample at or below it.</summary>
    public double Percentile(double p)
    {
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Ms(long startTimestamp, long endTimestamp) =>
        (endTimestamp - startTimestamp) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
