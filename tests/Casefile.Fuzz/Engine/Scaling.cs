namespace Casefile.Fuzz.Engine;

/// <summary>One step of the linear pass at the two sizes, in seconds of the thread's CPU time.</summary>
public sealed record StepTime(string Step, double Small, double Large)
{
    /// <summary>How many times longer the large run took; the small time counts as at least a millisecond, below which it is noise.</summary>
    public double Ratio => Large / Math.Max(Small, 0.001);

    public override string ToString() => $"{Step} {Small * 1000:0.0} ms → {Large * 1000:0.0} ms (×{Ratio:0.0})";
}

/// <summary>The times of every step of the linear pass at two sizes of the same repeated text.</summary>
public sealed record ScalingMeasure(int Repeats, int SmallLength, IReadOnlyList<StepTime> Steps, bool TimedOut)
{
    /// <summary>The step that grew the most among those that took long enough to be measured above the noise.</summary>
    public StepTime? Worst => Steps.Where(s => s.Large >= Scaling.MinimumSeconds).OrderByDescending(s => s.Ratio).FirstOrDefault();

    public override string ToString() =>
        TimedOut
            ? $"{Repeats}× ({SmallLength} chars), then {Scaling.Factor}× that: did not finish in time"
            : $"{Repeats}× ({SmallLength} chars), then {Scaling.Factor}× that: {(Worst is { } worst ? worst.ToString() : "every step fast")}";
}

/// <summary>
/// Super-linear blow-ups: a unit of text (some lines, or a few characters) is repeated to some
/// thousands of characters and then to <see cref="Factor"/> times that, and each step of the
/// one-call-each pass over every entry point (<see cref="Oracles.Checks.LinearPass"/>) is timed
/// in the thread's own CPU time, without full collections. A linear step grows about <see cref="Factor"/> times (up to twice that, for the cache and the collector); a step that grows more than <see cref="RatioLimit"/>
/// times, and takes long enough to be measured, is a blow-up (quadratic code grows 64 times).
/// </summary>
public static class Scaling
{
    public const int Factor = 8;
    public const double RatioLimit = 28;
    public const double MinimumSeconds = 0.1;
    public const string Prefix = "# Criminal case 1\n- case: 1\n\n";

    public static FuzzInput Build(string unit, int repeats) =>
        FuzzInput.Single(Prefix + string.Concat(Enumerable.Repeat(unit, repeats)), "scaling");

    /// <summary>A unit from an input: a window of a few lines, or a few characters of one line.</summary>
    public static string PickUnit(FuzzInput input, Random random)
    {
        var text = input.Files[random.Next(input.Files.Count)].Text;
        if (text.Length == 0)
        {
            return "\n";
        }

        if (random.Next(10) < 7)
        {
            var lines = Sources.Mutator.Lines(text);
            var start = random.Next(lines.Count);
            var unit = string.Concat(lines.Skip(start).Take(1 + random.Next(6)));
            return unit.EndsWith('\n') || unit.EndsWith('\r') ? unit : unit + "\n";
        }

        var from = random.Next(text.Length);
        return text.Substring(from, Math.Min(text.Length - from, 1 + random.Next(24)));
    }

    /// <summary>
    /// The steps' times at the two sizes, each the least of <paramref name="runs"/> runs (a pause
    /// of a loaded machine lengthens one run, not all); null when the pass throws (the ordinary
    /// checks report that).
    /// </summary>
    public static ScalingMeasure? Measure(string unit, int targetLength, TimeSpan bound, int runs = 1)
    {
        var repeats = Math.Clamp(targetLength / Math.Max(1, unit.Length), 10, 200_000);

        // Warm up: the first call of each entry point pays for JIT compilation.
        var warm = Math.Max(1, repeats / 20);
        if (Time(Build(unit, warm), unit, warm, bound) is null)
        {
            return null;
        }

        Dictionary<string, double>? small = null;
        Dictionary<string, double>? large = null;
        for (var run = 0; run < runs; run++)
        {
            if (Time(Build(unit, repeats), unit, repeats, bound) is not var (smallRun, smallTimedOut))
            {
                return null;
            }

            if (smallTimedOut)
            {
                return new ScalingMeasure(repeats, Build(unit, repeats).Length, [], true);
            }

            if (Time(Build(unit, repeats * Factor), unit, repeats * Factor, bound) is not var (largeRun, largeTimedOut))
            {
                return null;
            }

            if (largeTimedOut)
            {
                return new ScalingMeasure(repeats, Build(unit, repeats).Length, [], true);
            }

            small = Least(small, smallRun);
            large = Least(large, largeRun);
        }

        var steps = small!.Keys.Select(k => new StepTime(k, small[k], large!.GetValueOrDefault(k))).OrderByDescending(s => s.Large).ToList();
        return new ScalingMeasure(repeats, Build(unit, repeats).Length, steps, false);
    }

    private static Dictionary<string, double> Least(Dictionary<string, double>? before, Dictionary<string, double> run) =>
        before is null ? run : run.ToDictionary(p => p.Key, p => Math.Min(p.Value, before.GetValueOrDefault(p.Key, double.MaxValue)), StringComparer.Ordinal);

    /// <summary>Super-linear: the large input overran its bound, or a step grew much more than <see cref="Factor"/> times.</summary>
    public static bool IsSuperLinear(ScalingMeasure measure) => measure.TimedOut || measure.Worst is { Ratio: > RatioLimit };

    /// <summary>Measured once, and again three times when it looks super-linear, so that one pause of a loaded machine is not taken for a blow-up.</summary>
    public static ScalingMeasure? FindBlowUp(string unit, int targetLength, TimeSpan bound)
    {
        var first = Measure(unit, targetLength, bound);
        if (first is null || !IsSuperLinear(first))
        {
            return null;
        }

        if (first.TimedOut)
        {
            return first;
        }

        var again = Measure(unit, targetLength, bound, runs: 3);
        return again is not null && IsSuperLinear(again) ? again : null;
    }

    private static (Dictionary<string, double> Steps, bool TimedOut)? Time(FuzzInput input, string unit, int repeats, TimeSpan bound)
    {
        // The same places of the text at both sizes: the start, three places in the middle repetition of the unit, the end.
        var middle = Prefix.Length + (repeats / 2 * unit.Length);
        int[] positions = [0, middle, middle + (unit.Length / 3), middle + (2 * unit.Length / 3), input.Length];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        var watched = Watchdog.Run(
            () => Oracles.Checks.LinearPass(input, positions, (name, step) =>
            {
                // Each step starts with the young generations empty. A full collection falls on
                // whichever step allocates past the budget and costs in proportion to the whole heap,
                // which says nothing of the step's own algorithm: a step run during one is run again.
                var spent = 0.0;
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    GC.Collect(attempt == 0 ? 1 : 2, GCCollectionMode.Forced, blocking: true);
                    var full = GC.CollectionCount(2);
                    var start = CpuClock.ThreadSeconds();
                    step();
                    spent = CpuClock.ThreadSeconds() - start;
                    if (GC.CollectionCount(2) == full)
                    {
                        break;
                    }
                }

                lock (times)
                {
                    times[name] = times.GetValueOrDefault(name) + spent;
                }
            }),
            bound);
        if (watched.Error is not null)
        {
            return null;
        }

        lock (times)
        {
            return (new Dictionary<string, double>(times, StringComparer.Ordinal), watched.TimedOut);
        }
    }
}
