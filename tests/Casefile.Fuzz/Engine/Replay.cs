using Casefile.Fuzz.Oracles;

namespace Casefile.Fuzz.Engine;

/// <summary>Checks a saved regression again: every oracle, every position of a small file, line ends always; a repeated unit for linear time.</summary>
public static class Replay
{
    public static CheckOptions Options { get; } = new() { AllPositionsUpTo = 4_000, LineEndsEvery = 1, FixedDiagnostics = 50, AppliedFixes = 8 };

    /// <summary>Null when the regression passes; else what broke.</summary>
    public static string? Check(Regression regression, double hangBaseSeconds = 20)
    {
        if (regression.IsScaling)
        {
            var unit = regression.Input.Files[0].Text;
            var measure = Scaling.FindBlowUp(unit, regression.ScalingLength, TimeSpan.FromSeconds(hangBaseSeconds * 3));
            return measure is null ? null : $"super-linear: {measure}";
        }

        var bound = Watchdog.BoundFor(regression.Input.Length, hangBaseSeconds, 120);
        var watched = Watchdog.Run(() => Checks.Run(regression.Input, Options), bound);
        if (watched.TimedOut)
        {
            return $"hang: more than {bound.TotalSeconds:0} s";
        }

        return watched.Error switch
        {
            null => null,
            FuzzFailure failure => failure.Message,
            var other => other.ToString(),
        };
    }
}
