using System.Text;

namespace Casefile.Vocabulary;

/// <summary>
/// Keys and enumerated values compare case-insensitively; "ё" is "е"; spaces and underscores
/// stand for hyphens, so "очная ставка" is "очная-ставка".
/// </summary>
public static class TermNormalizer
{
    public static string Normalize(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var builder = new StringBuilder(text.Length);
        var lastWasHyphen = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c == 'ё')
            {
                c = 'е';
            }

            if (c is ' ' or '_' or '\t' or '-' or '‐' or '–')
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
}
