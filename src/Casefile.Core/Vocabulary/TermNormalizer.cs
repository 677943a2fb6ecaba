using System.Text;

namespace Casefile.Vocabulary;

/// <summary>
/// Keys and enumerated values compare case-insensitively; "ё" is "е"; spaces and underscores
/// stand for hyphens, so "очная ставка" is "очная-ставка".
/// </summary>
public static class TermNormalizer
{
    // Keys and values are short; longer text is never a term, and is normalised on the heap.
    private const int StackLimit = 128;

    public static string Normalize(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var builder = new StringBuilder(text.Length);
        var lastWasHyphen = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (IsHyphen(c))
            {
                if (!lastWasHyphen)
                {
                    builder.Append('-');
                }

                lastWasHyphen = true;
                continue;
            }

            lastWasHyphen = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Looks a written form up in a table keyed by normalised forms without allocating a string:
    /// every attribute of every entity goes through here on each analysis.
    /// </summary>
    public static TValue? Find<TValue>(Dictionary<string, TValue> byNormalizedForm, ReadOnlySpan<char> written)
        where TValue : class
    {
        var lookup = byNormalizedForm.GetAlternateLookup<ReadOnlySpan<char>>();

        // Most text is written in a normal form already ("kind", "testimony"), and normalising
        // is idempotent, so a form found as written is the form its normalisation would find.
        if (lookup.TryGetValue(written, out var asWritten))
        {
            return asWritten;
        }

        written = written.Trim();
        if (written.Length > StackLimit)
        {
            return byNormalizedForm.GetValueOrDefault(Normalize(written));
        }

        Span<char> buffer = stackalloc char[StackLimit];
        var length = 0;
        var lastWasHyphen = false;
        foreach (var raw in written)
        {
            var c = Fold(raw);
            if (IsHyphen(c))
            {
                if (!lastWasHyphen)
                {
                    buffer[length++] = '-';
                }

                lastWasHyphen = true;
                continue;
            }

            lastWasHyphen = false;
            buffer[length++] = c;
        }

        return lookup.TryGetValue(buffer[..length], out var value) ? value : null;
    }

    private static char Fold(char raw)
    {
        var c = char.ToLowerInvariant(raw);
        return c == 'ё' ? 'е' : c;
    }

    private static bool IsHyphen(char c) => c is ' ' or '_' or '\t' or '-' or '‐' or '–';
}
