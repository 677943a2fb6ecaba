using System.Diagnostics;

namespace Casefile.Fuzz.Engine;

/// <summary>
/// Shrinks a failing input while it still fails the same way: whole files first, then runs of
/// lines (halves, quarters … single lines), then runs of characters; the casefile.json last.
/// Bounded by a number of attempts and a time, so that a run always moves on.
/// </summary>
public sealed class Minimizer(Func<FuzzInput, bool> stillFails, int maxAttempts, TimeSpan maxTime)
{
    private readonly Stopwatch clock = new();
    private int attempts;

    public int Attempts => attempts;

    public FuzzInput Minimize(FuzzInput input)
    {
        clock.Restart();
        attempts = 0;

        // Files of a group that play no part.
        for (var i = input.Files.Count - 1; i >= 0 && input.Files.Count > 1; i--)
        {
            var fewer = input.Files.Where((_, index) => index != i).ToList();
            if (Try(input.WithFiles(fewer)))
            {
                input = input.WithFiles(fewer);
            }
        }

        for (var f = 0; f < input.Files.Count; f++)
        {
            var index = f;
            string TextOf(FuzzInput candidate) => candidate.Files[index].Text;
            FuzzInput WithText(FuzzInput candidate, string text) =>
                candidate.WithFiles(candidate.Files.Select((file, i) => i == index ? file with { Text = text } : file).ToList());

            input = Shrink(input, i => Sources.Mutator.Lines(TextOf(i)), (i, units) => WithText(i, string.Concat(units)));
            input = Shrink(input, i => TextOf(i).Select(c => c.ToString()).ToList(), (i, units) => WithText(i, string.Concat(units)));
        }

        if (input.Config is not null)
        {
            input = Shrink(input, i => (i.Config ?? string.Empty).Select(c => c.ToString()).ToList(), (i, units) => i with { Config = string.Concat(units) });
        }

        return input;
    }

    /// <summary>Delta debugging over units (lines or characters): removes chunks of decreasing size while the input still fails.</summary>
    private FuzzInput Shrink(FuzzInput input, Func<FuzzInput, List<string>> split, Func<FuzzInput, List<string>, FuzzInput> join)
    {
        var units = split(input);
        var chunk = Math.Max(1, units.Count / 2);
        while (chunk >= 1 && !OutOfBudget)
        {
            var removedAny = false;
            for (var start = 0; start < units.Count && !OutOfBudget;)
            {
                var candidateUnits = new List<string>(units);
                candidateUnits.RemoveRange(start, Math.Min(chunk, units.Count - start));
                var candidate = join(input, candidateUnits);
                if (Try(candidate))
                {
                    units = candidateUnits;
                    input = candidate;
                    removedAny = true;
                }
                else
                {
                    start += chunk;
                }
            }

            if (chunk == 1 && !removedAny)
            {
                break;
            }

            chunk = chunk == 1 ? 1 : chunk / 2;
        }

        return input;
    }

    private bool OutOfBudget => attempts >= maxAttempts || clock.Elapsed > maxTime;

    private bool Try(FuzzInput candidate)
    {
        if (OutOfBudget)
        {
            return false;
        }

        attempts++;
        return stillFails(candidate);
    }
}
