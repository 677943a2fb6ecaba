using System.Globalization;
using System.Text;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Fuzz.Sources;

/// <summary>
/// Random text weighted toward the format: a case heading and its keys, entities at every
/// heading level with valid, malformed and Cyrillic look-alike IDs, <c>key: value</c> lines with
/// real keys and values in the three languages (and misspelt ones), dates in every form and
/// broken ones, periods, lists, comments in parentheses, suppression comments, and the Markdown
/// around them that the parser must step over: fenced code, tables, HTML, setext headings, lazy
/// continuations, block quotes, nested lists. Line ends are LF, CRLF, CR or a mix.
/// </summary>
public sealed class RandomCaseText(Random random)
{
    private static readonly string[] WordList =
    [
        "Bekov", "Omarova", "the", "witness", "stated", "that", "he", "saw", "nothing", "at", "night", "office", "протокол",
        "допроса", "свидетель", "показал", "жауап", "алу", "куә", "(vol. 2, p. 31)", "—", "…", "«ок»", "P-1", "E-2", "C-1",
        "see", "E-3", "Р-1", "№", "27", "2024", "no.", "**bold**", "`code`", "[link](x)", "<b>", "&amp;", "\\", "|", ":", ",", "..",
    ];

    private static readonly string[] InterestingNumbers =
    [
        "0", "00", "01", "1", "2", "3", "7", "12", "99", "2147483647", "2147483648", "4294967297", "9999999999", "99999999999", "١", "１",
    ];

    private static readonly string[] ProsePrefixes = ["", "", "", "> ", "    ", "\t", "1. ", "- ", "* ", "+ ", "  - ", "    - ", "> - ", "| ", "---", "***"];

    private readonly StringBuilder text = new();
    private int caseNumber;

    /// <summary>One file's text; <paramref name="caseNumber"/> shared by the files of one group.</summary>
    public string Next(int caseNumber, int maxEntities = 12)
    {
        this.caseNumber = caseNumber;
        text.Clear();
        var newline = random.Next(10) switch
        {
            < 6 => "\n",
            < 8 => "\r\n",
            8 => "\r",
            _ => "*",
        };

        if (random.Next(20) == 0)
        {
            text.Append('\uFEFF');
        }

        if (random.Next(8) == 0)
        {
            Suppression();
        }

        if (random.Next(15) != 0)
        {
            CaseHeading();
        }

        var entities = random.Next(maxEntities + 1);
        for (var i = 0; i < entities; i++)
        {
            if (random.Next(6) == 0)
            {
                SectionHeading();
            }

            if (random.Next(5) == 0)
            {
                Markdown();
            }

            Entity();
        }

        if (random.Next(3) == 0)
        {
            Markdown();
        }

        return newline == "*" ? Oddities.MixLineEnds(text.ToString(), random) : newline == "\n" ? text.ToString() : text.ToString().Replace("\n", newline, StringComparison.Ordinal);
    }

    private void Line(string line) => text.Append(line).Append('\n');

    private void Blank()
    {
        if (random.Next(3) == 0)
        {
            text.Append(random.Next(5) == 0 ? "   \n" : "\n");
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private void CaseHeading()
    {
        var title = random.Next(3) switch
        {
            0 => "Criminal case " + caseNumber,
            1 => "Уголовное дело " + caseNumber,
            _ => "Қылмыстық іс " + caseNumber,
        };
        if (random.Next(8) == 0)
        {
            Line(title);
            Line(random.Next(2) == 0 ? "===" : "=");
        }
        else
        {
            Line((random.Next(15) == 0 ? "#  " : "# ") + title + (random.Next(15) == 0 ? " #" : string.Empty));
        }

        Blank();
        Attributes(EntityKind.Case);
    }

    private void SectionHeading()
    {
        Blank();
        Line(new string('#', random.Next(1, 4)) + " " + Pick(FormatVocabulary.SectionTitleForms));
        Blank();
    }

    private void Entity()
    {
        Blank();
        if (random.Next(6) == 0)
        {
            Suppression();
        }

        var kind = Pick(FormatVocabulary.EntityKinds);
        var level = random.Next(12) switch
        {
            0 => 1,
            1 => 5,
            2 => 6,
            3 => 7,
            < 6 => 2,
            < 10 => 3,
            _ => 4,
        };
        var id = Id(kind.Prefix());
        var title = random.Next(4) == 0 ? string.Empty : " " + Words(1, 6);
        if (random.Next(12) == 0 && level <= 2)
        {
            Line(id + title);
            Line(level == 1 ? "===" : "---");
        }
        else
        {
            Line(new string('#', level) + " " + id + title);
        }

        Blank();
        Attributes(kind);
        if (random.Next(2) == 0)
        {
            Blank();
            Line(Words(3, 20));
        }
    }

    /// <summary>An ID: mostly valid and small (so that references resolve), sometimes malformed or a Cyrillic look-alike.</summary>
    private string Id(char prefix) => random.Next(20) switch
    {
        0 => prefix switch { 'P' => "Р", 'E' => "Е", 'C' => "С", 'M' => "М", 'A' => "А", _ => "Х" } + "-" + random.Next(1, 9),
        1 => char.ToLowerInvariant(prefix) + "-" + random.Next(1, 9),
        2 => prefix + "-" + Pick(InterestingNumbers),
        3 => "X-" + random.Next(1, 9),
        4 => prefix + "-" + random.Next(1, 9) + Pick(new[] { ":", ".", ")", "x", "-1" }),
        5 => prefix + "‐" + random.Next(1, 9),
        _ => prefix + "-" + random.Next(1, 9),
    };

    private void Attributes(EntityKind kind)
    {
        var keys = FormatVocabulary.KeysOf(kind);
        var count = random.Next(10);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(10) == 0)
            {
                Suppression();
            }

            var key = random.Next(15) == 0 ? Pick(FormatVocabulary.KeysOf(Pick(FormatVocabulary.EntityKinds))) : Pick(keys);
            var written = random.Next(20) switch
            {
                0 => Misspell(key.Canonical),
                1 => Words(2, 3),
                _ => FormatVocabulary.Spell(key.Term, random),
            };
            var bullet = random.Next(12) switch
            {
                0 => "* ",
                1 => "+ ",
                2 => "  - ",
                3 => "-\t",
                4 => "1. ",
                _ => "- ",
            };
            var colon = random.Next(15) switch
            {
                0 => " : ",
                1 => ":",
                2 => "：",
                _ => ": ",
            };
            Line(bullet + written + colon + Value(key.Shape));
            switch (random.Next(25))
            {
                case 0:
                    // A lazy continuation: the value goes on, unindented.
                    Line(Words(1, 4));
                    break;
                case 1:
                    Line("  " + Words(1, 4));
                    break;
                case 2:
                    Line("  - " + Words(1, 3));
                    break;
                case 3:
                    Line(string.Empty);
                    break;
            }
        }
    }

    private string Value(ValueShape shape)
    {
        if (random.Next(15) == 0)
        {
            return string.Empty;
        }

        var value = shape switch
        {
            ValueShape.Enumeration { IsList: var isList } e => isList ? List(() => Term(e.Values.Terms)) : Term(e.Values.Terms),
            ValueShape.DateTime => Date(),
            ValueShape.Period => Period(),
            ValueShape.PeriodWithReason p => Period() + (random.Next(3) == 0 ? string.Empty : " (" + Term(p.Reasons.Terms) + ")"),
            ValueShape.Reference r => References(r),
            ValueShape.TextOrReference t => random.Next(2) == 0 ? Id(Pick(t.Prefixes.ToCharArray())) : Words(1, 6),
            ValueShape.Text { AllowsNone: true } => random.Next(3) == 0 ? Term(Terms.None.Terms) : Words(1, 8),
            _ => Words(1, 8),
        };
        return random.Next(10) switch
        {
            0 => value + " (" + Words(1, 3) + ")",
            1 => value + "(" + Words(1, 2) + ")",
            2 when random.Next(3) == 0 => value + " ((" + Words(1, 2) + ")",
            _ => value,
        };
    }

    private string References(ValueShape.Reference shape)
    {
        string One() => shape.Words is { } words && random.Next(4) == 0
            ? Term(words.Terms)
            : Id(random.Next(10) == 0 ? Pick(EntityId.Prefixes.ToCharArray()) : Pick(shape.Prefixes.ToCharArray()));
        return shape.IsList || random.Next(10) == 0 ? List(One) : One();
    }

    private string List(Func<string> item)
    {
        var count = random.Next(1, 5);
        var separator = random.Next(8) switch
        {
            0 => ",",
            1 => " , ",
            2 => ",,",
            3 => ";",
            _ => ", ",
        };
        return string.Join(separator, Enumerable.Range(0, count).Select(_ => item()));
    }

    private string Term(IReadOnlyList<Term> terms)
    {
        var term = Pick(terms);
        return random.Next(12) == 0 ? Misspell(term.Canonical) : FormatVocabulary.Spell(term, random);
    }

    private string Misspell(string word)
    {
        if (word.Length < 2)
        {
            return word + "x";
        }

        var index = random.Next(word.Length);
        return random.Next(3) switch
        {
            0 => word.Remove(index, 1),
            1 => word.Insert(index, "x"),
            _ => word[..index] + word[(index + 1)..] + word[index],
        };
    }

    /// <summary>A date or date-time in every accepted form, close to March 2024 so that rules compare them, or extreme, or broken.</summary>
    public string Date()
    {
        var day = new DateTime(2024, 3, 1).AddDays(random.Next(-40, 90));
        var time = random.Next(3) == 0 ? null : $"{random.Next(24):00}:{random.Next(60):00}";
        switch (random.Next(30))
        {
            case 0:
                day = DateTime.MinValue;
                break;
            case 1:
                day = DateTime.MaxValue.Date;
                time = random.Next(2) == 0 ? "23:59" : time;
                break;
            case 2:
                return Pick(new[] { "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "31.04.2024", "2024-03-02 24:00", "2024-03-02 23:60",
                    "02/03/2024", "2024-3-2", "24-03-02", "yesterday", "2024-03-02T", "2024-03-02 T23:10", "2024-03-02  23:10", "2024-03-02 23:10:05",
                    "2024-03-02 23:10Z", "２０２４-03-02", "2024-03-02 ٢٣:10", "2024-03-02\t23:10", "2024‐03‐02", "-2024-03-02", "+2024-03-02" });
            case 3:
                day = new DateTime(2024, 2, 29);
                break;
        }

        var date = random.Next(3) == 0
            ? day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return time is null ? date : date + (random.Next(4) == 0 ? "T" : " ") + time;
    }

    private string Period()
    {
        var separator = random.Next(8) switch
        {
            0 => "..",
            1 => " ... ",
            2 => " – ",
            3 => " .. .. ",
            _ => " .. ",
        };
        return random.Next(12) switch
        {
            0 => Date(),
            1 => Date() + separator,
            2 => separator + Date(),
            _ => Date() + separator + Date(),
        };
    }

    private void Suppression()
    {
        var codes = string.Join(random.Next(3) == 0 ? " " : ", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(10) == 0 ? "CF9999" : Pick(FormatVocabulary.Codes)));
        Line(random.Next(12) switch
        {
            0 => $"<!-- casefile-ignore {codes} -->",
            1 => $"<!-- casefile-ignore {codes}: -->",
            2 => $"<!-- casefile-ignore {codes}: {Words(1, 4)}",
            3 => $"<!--casefile-ignore {codes}:{Words(1, 4)}-->",
            4 => $"<!-- CASEFILE-IGNORE {codes.ToLowerInvariant()}: {Words(1, 4)} --> trailing",
            5 => $"  <!-- casefile-ignore {codes}: {Words(1, 4)} --> <!-- casefile-ignore {codes}: x -->",
            _ => $"<!-- casefile-ignore {codes}: {Words(1, 6)} -->",
        });
        Blank();
    }

    /// <summary>Markdown the format gives no meaning to, which must not confuse the parser.</summary>
    private void Markdown()
    {
        switch (random.Next(14))
        {
            case 0:
                var fence = random.Next(2) == 0 ? "```" : "~~~";
                Line(fence + (random.Next(2) == 0 ? "md" : string.Empty));
                Line("### E-" + random.Next(1, 9) + " inside a fence");
                Line("- kind: testimony");
                if (random.Next(3) != 0)
                {
                    Line(fence);
                }

                break;
            case 1:
                Line("| key | value |");
                Line("| --- | --- |");
                Line("| kind | " + Words(1, 2) + " |");
                break;
            case 2:
                Line("<div>");
                Line("### P-" + random.Next(1, 9) + " in html");
                Line("</div>");
                break;
            case 3:
                Line(Words(1, 4));
                Line(random.Next(2) == 0 ? "---" : "===");
                break;
            case 4:
                Line("> ### E-" + random.Next(1, 9) + " quoted");
                Line("> - kind: protocol");
                break;
            case 5:
                var depth = random.Next(1, 40);
                Line(string.Concat(Enumerable.Repeat("> ", depth)) + Words(1, 3));
                break;
            case 6:
                for (var i = 0; i < random.Next(1, 30); i++)
                {
                    Line(new string(' ', i * 2) + "- " + Words(1, 2) + ": " + Words(1, 2));
                }

                break;
            case 7:
                Line("    ### E-" + random.Next(1, 9) + " indented code");
                break;
            case 8:
                Line("<!-- an ordinary comment");
                Line("### C-" + random.Next(1, 9) + " inside it");
                if (random.Next(2) == 0)
                {
                    Line("-->");
                }

                break;
            case 9:
                Line(new string('x', random.Next(1_000, 20_000)));
                break;
            case 10:
                Line("[ref]: http://example.com \"title\"");
                break;
            default:
                Line(Pick(ProsePrefixes) + Words(2, 15));
                break;
        }
    }

    private string Words(int min, int max)
    {
        var count = random.Next(min, max + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(random.Next(8) == 0 ? Pick(FormatVocabulary.Tokens) : Pick(WordList));
        }

        return builder.ToString();
    }
}
