using System.Text;

namespace Casefile.Fuzz.Sources;

/// <summary>
/// Mutations of a case file, stacked a few at a time: character and byte flips, deletion,
/// duplication, swapping and moving of lines and ranges, splicing with another file, insertion
/// of the format's own tokens and of oddities, interesting numbers, heading levels, line ends,
/// repetition and truncation.
/// </summary>
public sealed class Mutator(Random random, Func<string> otherText)
{
    private static readonly string[] Numbers = ["0", "1", "-1", "01", "2147483647", "2147483648", "4294967297", "9999999999", "99999", "23", "24", "59", "60", "29", "31", "12", "13"];

    private static readonly string[] Structural =
    [
        "\n", "\n\n", "- ", "\n- ", ": ", ":", "# ", "\n# ", "\n## ", "\n### ", "\n#### ", "\n##### ", "\n---\n", "\n===\n", "```\n", "\n```", "<!-- ", " -->",
        "<!-- casefile-ignore ", "\n<!-- casefile-ignore CF1504: reason -->\n", " (", ")", ", ", " .. ", "..", "\n    ", "\n> ", "\n1. ", "\n* ", "\n+ ", "P-", "E-", "C-",
        "M-", "A-", "P-1", "E-1", "C-1", "M-1", "A-1", "Р-1", "T", " 23:10", "2024-03-02", "02.03.2024", "2024-03-02 23:10", "9999-12-31 23:59", "0001-01-01",
    ];

    public string Mutate(string text, int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    public string MutateOnce(string text)
    {
        if (text.Length == 0)
        {
            return Insert(text, random.Next(2) == 0 ? Token() : Oddities.Pick(random));
        }

        switch (random.Next(22))
        {
            case 0:
                return ReplaceChar(text, Oddities.Pick(random));
            case 1:
                return ReplaceChar(text, ((char)random.Next(0x20, 0x7F)).ToString());
            case 2:
                return FlipByte(text);
            case 3:
                return DeleteRange(text, Math.Min(text.Length, 1 + random.Next(random.Next(2) == 0 ? 4 : 200)));
            case 4:
                return DuplicateRange(text);
            case 5:
                return EditLines(text, lines => lines.RemoveAt(random.Next(lines.Count)));
            case 6:
                return EditLines(text, lines =>
                {
                    var index = random.Next(lines.Count);
                    lines.Insert(index, WithEnd(lines[index]));
                });
            case 7:
                return EditLines(text, lines =>
                {
                    var a = random.Next(lines.Count);
                    var b = random.Next(lines.Count);
                    (lines[a], lines[b]) = (WithEnd(lines[b]), WithEnd(lines[a]));
                });
            case 8:
                return EditLines(text, lines =>
                {
                    var from = random.Next(lines.Count);
                    var count = Math.Min(lines.Count - from, 1 + random.Next(8));
                    var block = lines.GetRange(from, count).Select(WithEnd).ToList();
                    lines.RemoveRange(from, count);
                    lines.InsertRange(random.Next(lines.Count + 1), block);
                });
            case 9:
                return Splice(text, otherText());
            case 10:
            case 11:
                return Insert(text, Token());
            case 12:
                return Insert(text, Oddities.Pick(random));
            case 13:
                return ReplaceNumber(text);
            case 14:
                return EditLines(text, lines =>
                {
                    var index = random.Next(lines.Count);
                    var line = lines[index].TrimStart('#', ' ');
                    lines[index] = new string('#', random.Next(0, 8)) + (random.Next(4) == 0 ? string.Empty : " ") + line;
                });
            case 15:
                return random.Next(2) == 0 ? Oddities.MixLineEnds(text, random) : Oddities.WithLineEnds(text, random.Next(2) == 0 ? "\r" : "\r\n");
            case 16:
                return EditLines(text, lines =>
                {
                    var index = random.Next(lines.Count);
                    var times = random.Next(2, random.Next(2) == 0 ? 10 : 300);
                    lines.InsertRange(index, Enumerable.Repeat(WithEnd(lines[index]), times));
                });
            case 17:
                return text[..random.Next(text.Length)];
            case 18:
                return EditLines(text, lines =>
                {
                    var index = random.Next(lines.Count);
                    lines[index] = random.Next(3) switch
                    {
                        0 => "  " + lines[index],
                        1 => lines[index].TrimStart(),
                        _ => "> " + lines[index],
                    };
                });
            case 19:
                return ReplaceChar(text, text[random.Next(text.Length)].ToString());
            case 20:
                return Oddities.Sprinkle(text, random, 1 + random.Next(4));
            default:
                return Insert(text, Structural[random.Next(Structural.Length)]);
        }
    }

    private string Token() => random.Next(3) switch
    {
        0 => Structural[random.Next(Structural.Length)],
        _ => FormatVocabulary.Tokens[random.Next(FormatVocabulary.Tokens.Count)],
    };

    private string Insert(string text, string insertion) => text.Insert(random.Next(text.Length + 1), insertion);

    private string ReplaceChar(string text, string replacement)
    {
        var index = random.Next(text.Length);
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + 1));
    }

    private string DeleteRange(string text, int length)
    {
        var start = random.Next(text.Length - length + 1);
        return text.Remove(start, length);
    }

    private string DuplicateRange(string text)
    {
        var start = random.Next(text.Length);
        var length = Math.Min(text.Length - start, 1 + random.Next(300));
        return text.Insert(random.Next(text.Length + 1), text.Substring(start, length));
    }

    /// <summary>A bit flipped in the UTF-8 bytes, decoded back leniently as the CLI reads files (invalid bytes become U+FFFD).</summary>
    private string FlipByte(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return new UTF8Encoding(false, false).GetString(bytes);
    }

    private string Splice(string text, string other)
    {
        if (other.Length == 0)
        {
            return text;
        }

        if (random.Next(2) == 0)
        {
            // Line-aligned: the head of one file, the tail of the other.
            var mine = Lines(text);
            var theirs = Lines(other);
            var head = mine.Take(random.Next(mine.Count + 1)).Select(WithEnd);
            var tail = theirs.Skip(random.Next(theirs.Count + 1));
            return string.Concat(head.Concat(tail));
        }

        return string.Concat(text.AsSpan(0, random.Next(text.Length + 1)), other.AsSpan(random.Next(other.Length + 1)));
    }

    private string ReplaceNumber(string text)
    {
        var digits = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                digits.Add(i);
            }
        }

        if (digits.Count == 0)
        {
            return Insert(text, Numbers[random.Next(Numbers.Length)]);
        }

        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return string.Concat(text.AsSpan(0, start), Numbers[random.Next(Numbers.Length)], text.AsSpan(end));
    }

    private string EditLines(string text, Action<List<string>> edit)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            return text;
        }

        edit(lines);
        return string.Concat(lines);
    }

    /// <summary>The lines with their terminators, so that joining them gives the text back.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\r' or '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>A line moved elsewhere keeps a line end, so that it does not run into the next one.</summary>
    private static string WithEnd(string line) => line.EndsWith('\n') || line.EndsWith('\r') ? line : line + "\n";
}
