using System.Diagnostics;
using Casefile.Analysis;
using Casefile.Fuzz.Oracles;
using Casefile.Fuzz.Sources;

namespace Casefile.Fuzz.Engine;

/// <summary>What a run does and for how long.</summary>
public sealed record FuzzRunOptions
{
    /// <summary>The run's seed; input <c>i</c> is made from <see cref="Seeds.ForInput"/>(seed, i).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The index of the first input, to resume or replay a run from a given input.</summary>
    public long FirstIndex { get; init; }

    /// <summary>Stop after this many inputs (null: no limit).</summary>
    public long? MaxInputs { get; init; }

    /// <summary>Stop after this long (null: no limit).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Where failing inputs are saved (null: not saved).</summary>
    public string? SaveFolder { get; init; }

    public bool Minimize { get; init; } = true;

    public int MinimizeAttempts { get; init; } = 4000;

    public TimeSpan MinimizeTime { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>An input may take this long plus <see cref="HangSecondsPerMillionChars"/>; longer is a hang.</summary>
    public double HangBaseSeconds { get; init; } = 10;

    public double HangSecondsPerMillionChars { get; init; } = 60;

    /// <summary>One input in this many also gets a scaling check (0: none).</summary>
    public int ScalingEvery { get; init; } = 40;

    /// <summary>The smaller size of a scaling check, in characters.</summary>
    public int ScalingLength { get; init; } = 12_500;

    public CheckOptions Checks { get; init; } = CheckOptions.Default;

    /// <summary>A file the seed of the input being checked is written to, so that a crash of the whole process (stack overflow) can be traced to its input.</summary>
    public string? CurrentInputFile { get; init; }

    /// <summary>Stops the run after the input being checked (Ctrl-C).</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>How often progress is printed.</summary>
    public TimeSpan ProgressEvery { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>A failure found by a run: what broke, the input's seed (and index in the run), where it was saved.</summary>
public sealed record FoundFailure(FailureSignature Signature, int RunSeed, long Index, int InputSeed, string Origin, int Length, string Detail, string? SavedTo)
{
    public override string ToString() =>
        $"{Signature}: input seed {InputSeed} (run seed {RunSeed}, input {Index}, {Origin}, {Length} chars){(SavedTo is null ? string.Empty : " saved to " + SavedTo)}\n{Detail}";
}

public sealed class FuzzRunResult
{
    public long Inputs { get; set; }

    public long Characters { get; set; }

    public int ScalingChecks { get; set; }

    public TimeSpan Elapsed { get; set; }

    public List<FoundFailure> Failures { get; } = [];

    /// <summary>Failures of a kind already reported in this run.</summary>
    public int RepeatedFailures { get; set; }

    public HashSet<string> Codes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> ByOrigin { get; } = new(StringComparer.Ordinal);

    /// <summary>A thread overran its bound and never came back: the run stopped.</summary>
    public bool Stuck { get; set; }

    public double InputsPerSecond => Elapsed.TotalSeconds > 0 ? Inputs / Elapsed.TotalSeconds : 0;

    public string Summary()
    {
        var all = RuleCatalog.Descriptors.Select(d => d.Code).ToList();
        var missing = all.Where(c => !Codes.Contains(c)).ToList();
        return $"{Inputs} inputs ({Characters / 1_000_000.0:0.0} M chars) in {Elapsed.TotalSeconds:0.0} s: {InputsPerSecond:0.0} inputs/s; "
            + $"{ScalingChecks} scaling checks; codes seen {all.Count - missing.Count}/{all.Count}"
            + (missing.Count > 0 ? $" (not seen: {string.Join(' ', missing)})" : string.Empty)
            + $"; {Failures.Count} failures ({RepeatedFailures} repeats)"
            + $"; inputs by source: {string.Join(", ", ByOrigin.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}";
    }
}

/// <summary>
/// The fuzzing loop: makes input after input from the run's seed, checks each under the
/// watchdog, now and then checks that a repeated piece of it scales linearly, and for each new
/// kind of failure minimises the input, saves it and reports its seed.
/// </summary>
public sealed class FuzzRun(SeedCorpus corpus, FuzzRunOptions options, Action<string> log)
{
    private readonly InputSource source = new(corpus);
    private readonly HashSet<FailureSignature> seen = [];

    public FuzzRunResult Run()
    {
        var result = new FuzzRunResult();
        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        using var current = options.CurrentInputFile is null ? null : new FileStream(options.CurrentInputFile, FileMode.Create, FileAccess.Write, FileShare.Read);

        for (var index = options.FirstIndex; ; index++)
        {
            if ((options.MaxInputs is { } max && index - options.FirstIndex >= max) || (options.Duration is { } duration && clock.Elapsed >= duration) || options.Stop.IsCancellationRequested)
            {
                break;
            }

            var seed = Seeds.ForInput(options.Seed, index);
            if (current is not null)
            {
                current.Position = 0;
                current.Write(System.Text.Encoding.ASCII.GetBytes($"{options.Seed} {index} {seed}\n"));
                current.Flush();
            }

            var input = source.Next(seed);
            result.Inputs++;
            result.Characters += input.Length;
            result.ByOrigin[input.Origin] = result.ByOrigin.GetValueOrDefault(input.Origin) + 1;

            if (!CheckOne(input, index, seed, result))
            {
                result.Stuck = true;
                break;
            }

            if (options.ScalingEvery > 0 && seed % options.ScalingEvery == 0)
            {
                CheckScaling(input, index, seed, result);
            }

            if (clock.Elapsed - lastProgress >= options.ProgressEvery)
            {
                lastProgress = clock.Elapsed;
                result.Elapsed = clock.Elapsed;
                log($"[{clock.Elapsed:hh\\:mm\\:ss}] {result.Summary()}");
            }
        }

        result.Elapsed = clock.Elapsed;
        return result;
    }

    /// <summary>Checks one input; false when it left a thread stuck and the run must stop.</summary>
    private bool CheckOne(FuzzInput input, long index, int seed, FuzzRunResult result)
    {
        var bound = Watchdog.BoundFor(input.Length, options.HangBaseSeconds, options.HangSecondsPerMillionChars);
        CheckReport? report = null;
        var watched = Watchdog.Run(() => report = Checks.Run(input, options.Checks), bound);
        if (watched.TimedOut)
        {
            var hang = new FuzzFailure("hang", $"took more than {bound.TotalSeconds:0.0} s for {input.Length} chars");
            Report(hang, input, index, seed, result, minimize: false);
            // A slow input ends eventually; a stuck one never does, and would hold a core for the rest of the run.
            if (!watched.Finish(bound * 10))
            {
                log($"The thread of input seed {seed} is still running after {bound.TotalSeconds * 11:0} s: stopping the run.");
                return false;
            }

            return true;
        }

        if (watched.Error is { } error)
        {
            Report(error, input, index, seed, result, options.Minimize);
        }
        else if (report is not null)
        {
            result.Codes.UnionWith(report.Codes);
        }

        return true;
    }

    private void CheckScaling(FuzzInput input, long index, int seed, FuzzRunResult result)
    {
        var random = new Random(seed ^ 0x5CA1E);
        var unit = Scaling.PickUnit(input, random);
        result.ScalingChecks++;

        // One check in four four times larger: some blow-ups only stand out of the noise there.
        var length = random.Next(4) == 0 ? options.ScalingLength * 4 : options.ScalingLength;
        var bound = TimeSpan.FromSeconds(options.HangBaseSeconds * 3);
        if (Scaling.FindBlowUp(unit, length, bound) is not { } measure)
        {
            return;
        }

        var failure = new FuzzFailure("super-linear", $"{measure.Worst?.Step ?? "LinearPass"}: {measure}");
        var signature = FailureSignature.Of(failure);
        if (!seen.Add(signature))
        {
            result.RepeatedFailures++;
            return;
        }

        // Shrink the unit while it still screens as a blow-up, and keep the smaller one if it is still confirmed.
        var unitInput = FuzzInput.Single(unit, "scaling");
        if (options.Minimize)
        {
            var minimizer = new Minimizer(
                candidate => candidate.Files[0].Text.Length > 0 && Scaling.Screen(candidate.Files[0].Text, length, bound) is { IsSuperLinear: true },
                maxAttempts: 300,
                options.MinimizeTime);
            var smaller = minimizer.Minimize(unitInput);
            if (smaller.Length < unitInput.Length && Scaling.FindBlowUp(smaller.Files[0].Text, length, bound) is { } again)
            {
                unitInput = smaller;
                measure = again;
            }
        }

        var saved = options.SaveFolder is null
            ? null
            : Regressions.Save(options.SaveFolder, Regressions.NameFor(signature) + "-" + seed.ToString("x8", System.Globalization.CultureInfo.InvariantCulture), unitInput, isScaling: true, $"length={length} super-linear: {measure}; found from input seed {seed} (run seed {options.Seed}, input {index})");
        var found = new FoundFailure(signature, options.Seed, index, seed, "scaling of " + input.Origin, unitInput.Length, failure.Message + $"\nrepeated unit: {Escape(unitInput.Files[0].Text)}", saved);
        result.Failures.Add(found);
        log("FAILURE " + found);
    }

    private void Report(Exception error, FuzzInput input, long index, int seed, FuzzRunResult result, bool minimize)
    {
        var signature = FailureSignature.Of(error);
        if (!seen.Add(signature))
        {
            result.RepeatedFailures++;
            return;
        }

        var small = input;
        if (minimize)
        {
            var bound = Watchdog.BoundFor(input.Length, options.HangBaseSeconds, options.HangSecondsPerMillionChars);
            var minimizer = new Minimizer(
                candidate =>
                {
                    var watched = Watchdog.Run(() => Checks.Run(candidate, options.Checks), bound);
                    return !watched.TimedOut && watched.Error is { } e && FailureSignature.Of(e) == signature;
                },
                options.MinimizeAttempts,
                options.MinimizeTime);
            small = minimizer.Minimize(input);
            log($"minimised {input.Length} → {small.Length} chars in {minimizer.Attempts} attempts");
        }

        var detail = error is FuzzFailure failure ? $"{failure.Oracle}: {failure.Detail}" : error.ToString();
        var saved = options.SaveFolder is null
            ? null
            : Regressions.Save(options.SaveFolder, Regressions.NameFor(signature), small, isScaling: false, $"{signature}; found by input seed {seed} (run seed {options.Seed}, input {index}, {input.Origin})");
        var found = new FoundFailure(signature, options.Seed, index, seed, input.Origin, small.Length, detail, saved);
        result.Failures.Add(found);
        log("FAILURE " + found);
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
