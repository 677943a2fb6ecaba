using System.Text;

namespace Casefile.Fuzz.Sources;

/// <summary>
/// Unicode and layout oddities: surrogate pairs and lone halves, BOM, NUL and other controls,
/// direction marks, combining marks, look-alike digits and hyphens, every line end, very long
/// lines and deep nesting.
/// </summary>
public static class Oddities
{
    public static readonly string[] Fragments =
    [
        "\uD83D\uDC6E", "\uD83D\uDE00", "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uD83D", "\uDE00", "\uFEFF", "\0", "\u0001", "\u0007", "\b", "\u000B",
        "\f", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\u200B", "\u200D", "\u200E", "\u200F", "\u202E", "\u2066", "\u0301", "\u0336",
        "\u0488", "\uFFFD", "\uFFFF", "\uFFFE", "\r", "\n", "\r\n", "\n\r", "\r\r\n", "\t", " ", "  ", "\u3000", "\u2010", "\u2011", "\u2212", "\uFF0D",
        "\u0660", "\u0663", "\uFF11", "\u00B9", "\u2460", "ё", "Ё", "әіңғүұқөһ", "İ", "ı", "ß", "ﬁ", "\u0130", "ǅ", "Ⅻ", "Р", "Е", "С", "М", "А", "Х",
        "&#0;", "&nbsp;", "\\", "`", "```", "~~~", "<!--", "-->", "<", ">", "#", "######", "-", "*", "+", "1.", ":", "：", "..", "(", ")", "|", "[", "]",
    ];

    public static string Pick(Random random) => Fragments[random.Next(Fragments.Length)];

    /// <summary>Inserts a few oddities at random places.</summary>
    public static string Sprinkle(string text, Random random, int count)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < count; i++)
        {
            builder.Insert(random.Next(builder.Length + 1), Pick(random));
        }

        return builder.ToString();
    }

    /// <summary>Every line end replaced by one of LF, CRLF or CR, chosen per line.</summary>
    public static string MixLineEnds(string text, Random random)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 20));
        foreach (var line in SplitLines(text))
        {
            builder.Append(line.Content);
            if (line.HasEnd)
            {
                builder.Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
            }
        }

        return builder.ToString();
    }

    /// <summary>The same text with every line end (LF, CRLF, CR) written as <paramref name="newline"/>.</summary>
    public static string WithLineEnds(string text, string newline)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 20));
        foreach (var line in SplitLines(text))
        {
            builder.Append(line.Content);
            if (line.HasEnd)
            {
                builder.Append(newline);
            }
        }

        return builder.ToString();
    }

    /// <summary>Lines as SourceText counts them (CRLF, LF or CR ends a line), with whether a terminator followed.</summary>
    public static IEnumerable<(string Content, bool HasEnd)> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return (text[start..i], true);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return (text[start..], false);
    }
}
