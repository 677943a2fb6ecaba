namespace Casefile.Navigation;

/// <summary>
/// Matches a workspace-symbol query against "ID title", ignoring case: an exact ID first
/// ("e12" or "E-12" finds E-12), then a name that starts with the query, a word that starts with it,
/// the query inside a word, and last the query's letters in order from a word's start ("bkv" finds
/// "Bekov"). Several words in the query must all match.
/// </summary>
public static class SymbolMatcher
{
    /// <summary>A score, higher for a better match; null when the query does not match. An empty query matches everything.</summary>
    public static int? Score(string query, string name)
    {
        var total = 0;
        foreach (var word in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (ScoreWord(word, name) is not { } score)
            {
                return null;
            }

            total += score;
        }

        return total;
    }

    private static int? ScoreWord(string word, string name)
    {
        var idLength = name.IndexOf(' ');
        var id = idLength < 0 ? name : name[..idLength];
        if (string.Equals(word.Replace("-", string.Empty, StringComparison.Ordinal), id.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
        {
            return 1000;
        }

        if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return 800;
        }

        var index = name.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (index > 0 && !IsWordStart(name, index))
        {
            var next = name.IndexOf(word, index + 1, StringComparison.OrdinalIgnoreCase);
            if (next < 0)
            {
                break;
            }

            index = next;
        }

        if (index >= 0)
        {
            return (IsWordStart(name, index) ? 600 : 400) - Math.Min(index, 100);
        }

        return Subsequence(word, name);
    }

    /// <summary>The query's characters in order, the first at a word's start; runs of adjacent characters score higher.</summary>
    private static int? Subsequence(string word, string name)
    {
        int? best = null;
        for (var start = 0; start < name.Length; start++)
        {
            if (!IsWordStart(name, start) || !Same(name[start], word[0]))
            {
                continue;
            }

            var score = 200 - Math.Min(start, 50);
            var position = start + 1;
            var previous = start;
            var matched = true;
            for (var i = 1; i < word.Length; i++)
            {
                while (position < name.Length && !Same(name[position], word[i]))
                {
                    position++;
                }

                if (position == name.Length)
                {
                    matched = false;
                    break;
                }

                score += position == previous + 1 ? 5 : IsWordStart(name, position) ? 2 : -Math.Min(position - previous, 10);
                previous = position;
                position++;
            }

            if (matched && (best is null || score > best))
            {
                best = score;
            }
        }

        return best;
    }

    private static bool IsWordStart(string name, int index) =>
        index == 0 || !char.IsLetterOrDigit(name[index - 1]) || (char.IsDigit(name[index]) && !char.IsDigit(name[index - 1]));

    private static bool Same(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
