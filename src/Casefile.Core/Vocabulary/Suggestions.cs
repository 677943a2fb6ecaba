using System.Collections.Concurrent;

namespace Casefile.Vocabulary;

/// <summary>"Did you mean": the nearest spelling by edit distance, for CF0002 and CF0003 and their quick-fixes.</summary>
public static class Suggestions
{
    // Candidates are the vocabulary's own spellings (a few hundred), each normalised once rather
    // than on every misspelling of every analysis.
    private static readonly ConcurrentDictionary<string, string> NormalizedForms = new(StringComparer.Ordinal);

    /// <summary>
    /// The closest candidate to <paramref name="written"/>, compared normalised; null when none is
    /// close enough to be a plausible misspelling (at most a third of the word's letters differ).
    /// </summary>
    public static string? Nearest(string written, IEnumerable<string> candidates)
    {
        var target = TermNormalizer.Normalize(written);
        if (target.Length == 0 || target.Length > 64)
        {
            return null;
        }

        var limit = Math.Max(1, Math.Min(3, target.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var normalized = NormalizedForms.GetOrAdd(candidate, static c => TermNormalizer.Normalize(c));
            if (Math.Abs(normalized.Length - target.Length) > limit)
            {
                continue;
            }

            var distance = Distance(target, normalized);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        // Three rows of the table suffice (a swap looks two rows back); keys and values are short.
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
