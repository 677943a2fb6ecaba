namespace Casefile.Fuzz.Engine;

/// <summary>One step of the linear pass at the two sizes, in seconds of the thread's CPU time.</summary>
public sealed record StepTime(string Step, double Small, double Large)
{
    /// <summary>How many times longer the large run took; the small time counts as at least a millisecond, below which it is noise.</summary>
    public double Ratio => Large / Math.Max(Small, 0.001);

    public override string ToString() => $"{Step} {Small * 1000:0.0} ms → {Large * 1000:0.0} ms (×{Ratio:0.0})";
}

/// <summary>The times of every step of the linear pass at two sizes of the same repeated text, and the growth a step may show.</summary>
public sealed record ScalingMeasure(int Repeats, int SmallLength, int Factor, double RatioLimit, IReadOnlyList<StepTime> Steps, bool TimedOut)
{
    /// <summary>The step that grew the most among those that took long enough to be measured above the noise.</summary>
    public StepTime? Worst => Steps.Where(s => s.Large >= Scaling.MinimumSeconds).OrderByDescending(s => s.Ratio).FirstOrDefault();

    public bool IsSuperLinear => TimedOut || Worst is { } worst && worst.Ratio > RatioLimit;

    public override string ToString() =>
        TimedOut
            ? $"{Repeats}× ({SmallLength} chars), then {Factor}× that: did not finish in time"
            : $"{Repeats}× ({SmallLength} chars), then {Factor}× that: {(Worst is { } worst ? worst.ToString() : "every step fast")}";
}

/// <summary>
/// Super-linear blow-ups: a unit of text (some lines, or a few characters) is repeated to some
/// thousands of characters and then to a multiple of that, and each step of the one-call-each
/// pass over every entry point (<see cref="Oracles.Checks.LinearPass"/>) is timed in the
/// thread's own CPU time, without full collections, so that a loaded machine does not count.
/// <para>
/// A screening measure goes from <c>n</c> to 8<c>n</c> characters: a linear step grows about 8
/// times, up to 20 when the smaller text still fits in the processor's cache or the larger one's
/// heap makes collections dearer; more than 28 times is suspect (quadratic code grows 64 times).
/// A suspect is measured again from at least 25,000 characters, taking the median of three runs,
/// and is a blow-up if a step that takes long enough to be measured still grows more than 32 times.
/// </para>
/// </summary>
public static class Scaling
{
    public const int ScreenFactor = 8;
    public const double ScreenLimit = 28;
    public const int ConfirmFactor = 8;
    public const double ConfirmLimit = 32;
    public const int ConfirmMinimumLength = 25_000;
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
    /// The steps' times at <paramref name="smallLength"/> characters and <paramref name="factor"/>
    /// times that, each the median of <paramref name="runs"/> runs (a pause of a loaded machine
    /// lengthens one run, not all); null when the pass throws (the ordinary checks report that).
    /// </summary>
    public static ScalingMeasure? Measure(string unit, int smallLength, int factor, double limit, TimeSpan bound, int runs = 1)
    {
        var repeats = Math.Clamp(smallLength / Math.Max(1, unit.Length), 10, 200_000);
        var length = Build(unit, repeats).Length;

        // Warm up: the first call of each entry point pays for JIT compilation.
        var warm = Math.Max(1, repeats / 20);
        if (Time(Build(unit, warm), unit, warm, bound) is null)
        {
            return null;
        }

        var small = new List<Dictionary<string, double>>();
        var large = new List<Dictionary<string, double>>();
        for (var run = 0; run < runs; run++)
        {
            foreach (var (size, times) in new[] { (repeats, small), (repeats * factor, large) })
            {
                if (Time(Build(unit, size), unit, size, bound) is not var (steps, timedOut))
                {
                    return null;
                }

                if (timedOut)
                {
                    return new ScalingMeasure(repeats, length, factor, limit, [], true);
                }

                times.Add(steps);
            }
        }

        static double Median(List<Dictionary<string, double>> runs, string step) =>
            runs.Select(r => r.GetValueOrDefault(step)).Order().ElementAt(runs.Count / 2);

        var stepTimes = small[0].Keys.Select(k => new StepTime(k, Median(small, k), Median(large, k))).OrderByDescending(s => s.Large).ToList();
        return new ScalingMeasure(repeats, length, factor, limit, stepTimes, false);
    }

    /// <summary>The screening measure, from <paramref name="length"/> characters to 8 times that.</summary>
    public static ScalingMeasure? Screen(string unit, int length, TimeSpan bound) =>
        Measure(unit, length, ScreenFactor, ScreenLimit, bound);

    /// <summary>The confirming measure, from <paramref name="length"/> (at least 25,000 characters) to 8 times that, median of three runs.</summary>
    public static ScalingMeasure? Confirm(string unit, int length, TimeSpan bound) =>
        Measure(unit, Math.Max(ConfirmMinimumLength, length), ConfirmFactor, ConfirmLimit, bound, runs: 3);

    /// <summary>Screened, then confirmed by the median of three runs: a blow-up, or null.</summary>
    public static ScalingMeasure? FindBlowUp(string unit, int length, TimeSpan bound)
    {
        var screen = Screen(unit, length, bound);
        if (screen is null || !screen.IsSuperLinear)
        {
            return null;
        }

        if (screen.TimedOut)
        {
            return screen;
        }

        var confirmed = Confirm(unit, length, bound);
        return confirmed is { IsSuperLinear: true } ? confirmed : null;
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
