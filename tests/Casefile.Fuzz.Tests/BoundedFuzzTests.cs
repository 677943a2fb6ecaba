using Casefile.Fuzz.Engine;
using Xunit.Abstractions;

namespace Casefile.Fuzz.Tests;

/// <summary>
/// The fuzzing CI runs: a fixed number of inputs from fixed seeds (so that a failure is made
/// again from the seed printed with it), capped in time so that a slow machine checks a shorter
/// prefix of the same inputs rather than holding up the build. Failing inputs are minimised and
/// saved to tests/fuzz/regressions, where the replay test keeps them checked once fixed.
/// The long run is `dotnet run -c Release --project tests/Casefile.Fuzz -- --minutes 30 --seed 42`.
/// </summary>
public sealed class BoundedFuzzTests(ITestOutputHelper output)
{
    /// <summary>Inputs per seed, and the most time a seed may take: at most 30 s of fuzzing for the three seeds, minimisation aside.</summary>
    private const int InputsPerSeed = 700;

    private static readonly TimeSpan TimePerSeed = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(20060420)]
    [InlineData(4)]
    [InlineData(15)]
    public void Random_and_mutated_case_files_break_no_oracle(int seed)
    {
        var options = new FuzzRunOptions
        {
            Seed = seed,
            MaxInputs = InputsPerSeed,
            Duration = TimePerSeed,
            SaveFolder = FuzzFixture.RegressionsFolder,
            MinimizeTime = TimeSpan.FromSeconds(20),
            ScalingEvery = 50,
            ProgressEvery = TimeSpan.FromDays(1),
        };
        var result = new FuzzRun(FuzzFixture.Corpus, options, output.WriteLine).Run();
        output.WriteLine($"run seed {seed}: {result.Summary()}");
        foreach (var failure in result.Failures)
        {
            output.WriteLine("FAILURE " + failure);
        }

        Assert.True(
            result.Failures.Count == 0 && !result.Stuck,
            $"Fuzzing with run seed {seed} found {result.Failures.Count} kind(s) of failure; check one again with "
            + $"`dotnet run -c Release --project tests/Casefile.Fuzz -- --input-seed N --print`:\n{string.Join("\n", result.Failures)}");
        Assert.True(result.Inputs >= 20, $"Only {result.Inputs} inputs were checked in {TimePerSeed.TotalSeconds} s.");
    }
}
