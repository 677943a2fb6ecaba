namespace Casefile.Vocabulary;

/// <summary>"Did you mean": the nearest spelling by edit distance, for CF0002 and CF0003 and their quick-fixes.</summary>
public static class Suggestions
{
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
            var normalized = TermNormalizer.Normalize(candidate);
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
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
