using System.Text;
using System.Text.RegularExpressions;
using Casefile.Localization;
using Casefile.Resolution;

namespace Casefile.Tests.Resolution;

/// <summary>
/// Word-for-word check of the shipped Kazakh text against the text extracted from the published PDF,
/// <c>shared/resolution/000_60dfb5f08b988e68.txt</c>.
/// </summary>
/// <remarks>
/// <para>
/// What the extraction looks like (inspected, and re-checked by <see cref="Source_HasNoPageNumbersOrOtherArtifacts"/>):
/// the source has no page numbers, running headers or footers. A page break shows only as blank lines, and the
/// first line after some page breaks starts with a single space: that space is the empty slot a displaced
/// fragment was taken from, not an artifact of its own. Each source paragraph starts with a six-space indent
/// (a seventh space in paragraph 10 is again such a slot); the title and the date line before the first indented
/// line are separated by a blank line. The extraction moved every hyperlinked reference ("ҚПК-нің 111",
/// "-бабының", …) to the end of its line and left a gap behind; <c>shared/resolution/restorations.md</c> lists
/// the 33 fixes (F1–F33) that put them back. Nothing is ignored: every non-space character of the source is
/// compared, including the Latin "i" that the PDF uses in place of the Kazakh "і" in some words.
/// </para>
/// <para>
/// Both texts are brought to one form before comparing: the source's lines are joined with one space (none after
/// a line ending in "(" or in an opening quote, none before a line starting with "," or ")": there the PDF wrapped
/// without a space), blank lines are dropped, and paragraphs are separated by " ¶ ". In the Markdown, "# " and
/// "> " are removed and a "## N" heading becomes the prefix "N. " of its first block, as in the source.
/// </para>
/// <para>
/// What the tests prove, from the strictest down:
/// <list type="number">
/// <item>The source, with exactly the 33 documented fixes applied (each fragment found exactly once) and the
/// four source paragraphs of the general note joined into one, equals the shipped text token for token and
/// paragraph for paragraph: nothing else was moved, added, dropped, re-spelt or re-split.</item>
/// <item>Each fix only reorders: its source and restored fragments have the same non-space characters.</item>
/// <item>Independently of the fix table, the multiset of non-space characters of both texts is identical.</item>
/// <item>Independently of the fix table, the multiset of words (runs of letters and digits) is identical except
/// for the two words the extraction glued to a displaced fragment without a space ("тартқанҚПК", F16, and
/// "құзыреттібабы", F18).</item>
/// <item>Order-insensitively, the multiset of whitespace-separated tokens of the shipped text is that of the
/// source plus the restored fragments' tokens minus the displaced fragments' tokens. Whitespace tokens cannot
/// match one to one, since the fixes re-join split tokens ("-бабының" + "111" → "111-бабының").</item>
/// </list>
/// </para>
/// </remarks>
public partial class KazakhSourceFidelityTests
{
    /// <summary>A documented restoration: <paramref name="Source"/> as it reads in the normalized source, and what it became.</summary>
    public sealed record Fix(string Id, string Paragraph, string Source, string Restored)
    {
        public override string ToString() => $"{Id} (paragraph {Paragraph})";
    }

    /// <summary>
    /// The fixes of <c>shared/resolution/restorations.md</c>, with the source fragments written in the normalized
    /// form (line breaks, page breaks and double-space gaps collapsed into single spaces). F28 and F29 only closed a
    /// double-space gap, so they read the same on both sides once whitespace is collapsed; they are kept to check that
    /// the fragment is where the table says. F25 is extended by the comma after "түсініктеме" so that every
    /// fragment starts and ends on a whitespace boundary, as the token comparison needs.
    /// </summary>
    public static readonly IReadOnlyList<Fix> Fixes =
    [
        new("F1", "general Ескерту", "\" \" деген сөзбен ауыстырылды;ҚПК-нің", "\"ҚПК-нің\" деген сөзбен ауыстырылды;"),
        new("F2", "general Ескерту", "31.03.2017 (алғашқы ресми жарияланған № 3 күнінен", "31.03.2017 № 3 (алғашқы ресми жарияланған күнінен"),
        new("F3", "1", "Қазақстан Республикасының және Қазақстан Конституциясымен Республикасы Қылмыстық", "Қазақстан Республикасының Конституциясымен және Қазақстан Республикасы Қылмыстық"),
        new("F4", "1", "қарай, көрсетілген салдарға әкеп соқтырады.ҚПК-нің 9-бабында", "қарай, ҚПК-нің 9-бабында көрсетілген салдарға әкеп соқтырады."),
        new("F5", "2", "2. -бабының бірінші бөлігіне сәйкес, қылмыстық процесті жүргізуші ҚПК-нің 111 орган", "2. ҚПК-нің 111-бабының бірінші бөлігіне сәйкес, қылмыстық процесті жүргізуші орган"),
        new("F6", "4", "сот -бабына сәйкес, әрбір дәлелдемені ҚПК-нің 125 қатыстылығы", "сот ҚПК-нің 125-бабына сәйкес, әрбір дәлелдемені қатыстылығы"),
        new("F7", "4", "Қазақстан Республикасы кепілдік берілген адам мен азамат Конституциясымен құқықтары", "Қазақстан Республикасы Конституциясымен кепілдік берілген адам мен азамат құқықтары"),
        new("F8", "4", "және -бабында көрсетілген мән-жайлар анықталған ҚПК-нің 112 кезде", "және ҚПК-нің 112-бабында көрсетілген мән-жайлар анықталған кезде"),
        new("F9", "4", "дәлелдемелер -бабында көрсетілген қылмыстық іс ҚПК-нің 113 бойынша", "дәлелдемелер ҚПК-нің 113-бабында көрсетілген қылмыстық іс бойынша"),
        new("F10", "7", "қажет. сәйкес, сот қылмыстық ізге түсу органы ҚПК-нің 23-бабына болып", "қажет. ҚПК-нің 23-бабына сәйкес, сот қылмыстық ізге түсу органы болып"),
        new("F11", "7", "айыру, -бабының екінші бөлігіне ҚПК-нің 436 сәйкес", "айыру, ҚПК-нің 436-бабының екінші бөлігіне сәйкес"),
        new("F12", "10", "-бабының негізінде іс бойынша іс жүргізуден шеттетілуге жататын ҚПК-нің 94 қорғаушының", "ҚПК-нің 94-бабының негізінде іс бойынша іс жүргізуден шеттетілуге жататын қорғаушының"),
        new("F13", "10", "деректер сәйкес дәлелдемелер ретінде жарамсыз деп тануға жатады.ҚПК-нің 9-бабына", "деректер ҚПК-нің 9-бабына сәйкес дәлелдемелер ретінде жарамсыз деп тануға жатады."),
        new("F14", "11", "11. ҚПК-нің алтыншы бөлігінің тәртібімен прокурор қылмыстық істі 35-бабы соттан", "11. ҚПК-нің 35-бабы алтыншы бөлігінің тәртібімен прокурор қылмыстық істі соттан"),
        new("F15", "12", "12. Істі -бабында көзделген қысқартылған тәртіпте қарау жағдайларын ҚПК-нің 382 қоспағанда", "12. Істі ҚПК-нің 382-бабында көзделген қысқартылған тәртіпте қарау жағдайларын қоспағанда"),
        new("F16", "13", "куә -бабы үшінші бөлігінің негізінде айғақтар беруден бас тартқанҚПК-нің 78 кезде", "куә ҚПК-нің 78-бабы үшінші бөлігінің негізінде айғақтар беруден бас тартқан кезде"),
        new("F17", "16-2", "ҚПК-нің бірінші бөлігінің 2) тармағының және 92-бабы 93-", "ҚПК-нің 92-бабы бірінші бөлігінің 2) тармағының және 93-"),
        new("F18", "16-2", "93- бірінші бөлігінің 4) тармағының негізінде сарапшыға, маманға олардың құзыреттібабы еместігі", "93-бабы бірінші бөлігінің 4) тармағының негізінде сарапшыға, маманға олардың құзыретті еместігі"),
        new("F19", "17", "17. -бабының төртінші бөлігінде көзделген жағдайларды қоспағанда, ҚПК-нің 221 қаралып", "17. ҚПК-нің 221-бабының төртінші бөлігінде көзделген жағдайларды қоспағанда, қаралып"),
        new("F20", "18", "кезінде, , , ҚПК-нің 119 179, , -баптарында көзделген жағдайларды қоспағанда, хаттамалар арызды 190 219 253 тіркегеннен", "кезінде, ҚПК-нің 119, 179, 190, 219, 253-баптарында көзделген жағдайларды қоспағанда, хаттамалар арызды тіркегеннен"),
        new("F21", "19", "оның бабының талаптарына сәйкестігін тексеру қажет.ҚПК-нің 123", "оның ҚПК-нің 123 бабының талаптарына сәйкестігін тексеру қажет."),
        new("F22", "21", "ҚПК-нің төртінші бөлігіне 122-бабының сәйкес", "ҚПК-нің 122-бабының төртінші бөлігіне сәйкес"),
        new("F23", "21", "ҚПК-нің 125- қағидалары бойынша қылмыстық іс бойынша дәлелдеме ретінде оның бабының анықтығы", "ҚПК-нің 125-бабының қағидалары бойынша қылмыстық іс бойынша дәлелдеме ретінде оның анықтығы"),
        new("F24", "22", "№ 154-ХІІІ ережелеріне сәйкес өткізілген жедел-іздестіру Заңының қызметінің", "№ 154-ХІІІ Заңының ережелеріне сәйкес өткізілген жедел-іздестіру қызметінің"),
        new("F25", "22", "ҚПК-нің , , және талаптары бұзылып ресімделген \"182 210 212 216-баптарының түсініктеме\",", "ҚПК-нің 182, 210, 212 және 216-баптарының талаптары бұзылып ресімделген \"түсініктеме\","),
        new("F26", "22", "жауаптар -бабына сәйкес қылмыстық іс ҚПК-нің 112 материалдарына", "жауаптар ҚПК-нің 112-бабына сәйкес қылмыстық іс материалдарына"),
        new("F27", "23-1", "ҚПК-нің 1) тармағында көзделген ЖТӘ-ні жүргізу (адамды немесе 231-бабының орынды", "ҚПК-нің 231-бабының 1) тармағында көзделген ЖТӘ-ні жүргізу (адамды немесе орынды"),
        new("F28", "23-1", "қатаң ҚПК-нің 242-бабына сәйкес", "қатаң ҚПК-нің 242-бабына сәйкес"),
        new("F29", "23-1", "ҚПК-нің 231-бабының 10) тармағы", "ҚПК-нің 231-бабының 10) тармағы"),
        new("F30", "23-1", "және Қазақстан Республикасының 2019 жылғы 27 251-бабы желтоқсандағы", "және 251-бабы Қазақстан Республикасының 2019 жылғы 27 желтоқсандағы"),
        new("F31", "26", "жойылмаса, -бабының үшінші ҚПК-нің 393 бөлігіне", "жойылмаса, ҚПК-нің 393-бабының үшінші бөлігіне"),
        new("F32", "27", "бағалауға және көрсетілген шешімдердің бірін қабылдауға құқылы.ҚПК-нің 431-бабында", "бағалауға және ҚПК-нің 431-бабында көрсетілген шешімдердің бірін қабылдауға құқылы."),
        new("F33", "28", "Конституциясының сәйкес, осы нормативтік 4-бабына қаулы", "Конституциясының 4-бабына сәйкес, осы нормативтік қаулы"),
    ];

    /// <summary>
    /// The one structural change: the general note is four indented source paragraphs ("Ескерту. Бүкіл мәтін
    /// бойынша:", the list of replaced words, the "ҚІЖК-нің" line, the "сезіктінің" line), joined into one.
    /// Applied after the fixes (F1 ends the third of them).
    /// </summary>
    private static readonly (string Source, string Restored)[] ParagraphJoins =
    [
        ("бойынша: ¶ \"іс жүргізу кодексінің\"", "бойынша: \"іс жүргізу кодексінің\""),
        ("ауыстырылды; ¶ \"ҚІЖК-нің\"", "ауыстырылды; \"ҚІЖК-нің\""),
        ("ауыстырылды; ¶ \"сезіктінің\"", "ауыстырылды; \"сезіктінің\""),
    ];

    private const string ParagraphSeparator = " ¶ ";

    /// <summary>Source words glued to a displaced fragment, and the words they became (F16, F18).</summary>
    private static readonly string[] GluedSourceWords = ["тартқанҚПК", "құзыреттібабы"];

    private static readonly string[] UngluedRestoredWords = ["тартқан", "ҚПК", "құзыретті", "бабы"];

    public static TheoryData<string> FixIds() => [.. Fixes.Select(f => f.Id)];

    [Fact]
    public void Source_HasNoPageNumbersOrOtherArtifacts()
    {
        var lines = ReadSourceLines();

        // No line is a bare number (a page number) or a form feed; page breaks are blank lines only.
        Assert.DoesNotContain(lines, line => Regex.IsMatch(line, @"^\s*\d+\s*$"));
        Assert.DoesNotContain(lines, line => line.Contains('\f') || line.Contains('\t'));
        // Every non-blank line is either the header (title and date line), an indented paragraph start,
        // or a continuation; none repeats the title as a running header.
        var title = lines.First(line => line.Trim().Length > 0).Trim();
        Assert.Single(lines, line => line.Trim() == title);
    }

    [Fact]
    public void ShippedText_IsTheSourceWithExactlyTheDocumentedFixes()
    {
        var source = NormalizedSource();
        foreach (var fix in Fixes)
        {
            source = ReplaceExactlyOnce(source, fix.Source, fix.Restored, fix.ToString());
        }

        foreach (var (from, to) in ParagraphJoins)
        {
            source = ReplaceExactlyOnce(source, from, to, "the general note's paragraph join");
        }

        AssertSameTokenSequence(source, NormalizedShippedText());
    }

    [Theory]
    [MemberData(nameof(FixIds))]
    public void Fix_OnlyReordersCharacters_AndIsFoundExactlyOnceInTheSource(string id)
    {
        var fix = Assert.Single(Fixes, f => f.Id == id);
        Assert.Equal(SortedNonSpace(fix.Source), SortedNonSpace(fix.Restored));
        Assert.Equal(1, CountOccurrences(NormalizedSource(), fix.Source));
        Assert.True(CountOccurrences(NormalizedShippedText(), fix.Restored) >= 1, $"{fix}: the restored fragment is not in the shipped text.");
        if (fix.Source != fix.Restored)
        {
            Assert.Equal(0, CountOccurrences(NormalizedShippedText(), fix.Source));
        }
    }

    [Fact]
    public void NonSpaceCharacters_AreTheSameMultiset()
    {
        var source = CharacterCounts(NormalizedSource().Replace(ParagraphSeparator, " ", StringComparison.Ordinal));
        var shipped = CharacterCounts(NormalizedShippedText().Replace(ParagraphSeparator, " ", StringComparison.Ordinal));

        var differences = source.Keys.Union(shipped.Keys)
            .Where(c => source.GetValueOrDefault(c) != shipped.GetValueOrDefault(c))
            .Select(c => $"'{c}' (U+{(int)c:X4}): source {source.GetValueOrDefault(c)}, shipped {shipped.GetValueOrDefault(c)}")
            .ToArray();
        Assert.True(differences.Length == 0, "Non-space characters differ:\n" + string.Join('\n', differences));
        Assert.True(source.Values.Sum() > 29_000, $"Only {source.Values.Sum()} characters compared; is the source complete?");
    }

    [Fact]
    public void Words_AreTheSameMultiset_ExceptTheTwoGluedWords()
    {
        var expected = WordCounts(NormalizedSource());
        Apply(expected, GluedSourceWords, -1);
        Apply(expected, UngluedRestoredWords, +1);

        AssertSameCounts(expected, WordCounts(NormalizedShippedText()), "words (runs of letters and digits)");
    }

    [Fact]
    public void WhitespaceTokens_DifferOnlyByTheDocumentedFragments()
    {
        var expected = TokenCounts(NormalizedSource());
        foreach (var fix in Fixes)
        {
            Apply(expected, Tokens(fix.Source), -1);
            Apply(expected, Tokens(fix.Restored), +1);
        }

        AssertSameCounts(expected, TokenCounts(NormalizedShippedText()), "whitespace-separated tokens");
    }

    // ---- normalization ----

    private static string[] ReadSourceLines() =>
        ResolutionSourceFiles.ReadExtractedSource().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>The source as one line: paragraphs separated by " ¶ ", whitespace collapsed.</summary>
    private static string NormalizedSource()
    {
        const string Indent = "      ";
        var paragraphs = new List<StringBuilder>();
        StringBuilder? current = null;
        var inHeader = true;

        foreach (var raw in ReadSourceLines())
        {
            if (raw.Trim().Length == 0)
            {
                // Before the first indented paragraph a blank line separates the title from the date line;
                // after it, blank lines are page breaks inside running text.
                if (inHeader)
                {
                    current = null;
                }

                continue;
            }

            if (raw.StartsWith(Indent, StringComparison.Ordinal))
            {
                inHeader = false;
                current = null;
            }

            var line = raw.Trim();
            if (current is null)
            {
                current = new StringBuilder(line);
                paragraphs.Add(current);
                continue;
            }

            var previous = current.ToString().TrimEnd();
            var wrappedWithoutSpace = previous.EndsWith('(')
                || Regex.IsMatch(previous, @"(^|\s)""$")
                || line.StartsWith(',')
                || line.StartsWith(')');
            current.Clear().Append(previous).Append(wrappedWithoutSpace ? string.Empty : " ").Append(line);
        }

        return string.Join(ParagraphSeparator, paragraphs.Select(p => CollapseWhitespace(p.ToString())));
    }

    /// <summary>The shipped Markdown as one line in the source's form: "N. " for "## N", no "# " or "> ".</summary>
    private static string NormalizedShippedText()
    {
        var markdown = ResolutionTexts.ReadMarkdown(Language.Kk).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = Regex.Split(markdown.Trim(), @"\n[ \t]*\n+");
        var paragraphs = new List<string>();
        string? heading = null;

        foreach (var block in blocks)
        {
            var text = block.Trim();
            var match = Regex.Match(text, @"^## (\S+)$");
            if (match.Success)
            {
                Assert.Null(heading);
                heading = match.Groups[1].Value;
                continue;
            }

            if (text.StartsWith("# ", StringComparison.Ordinal))
            {
                text = text[2..];
            }
            else if (text.StartsWith("> ", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
                text = text[2..];
            }

            Assert.False(text.StartsWith('#') || text.StartsWith('>'), $"Unexpected Markdown block: {text}");
            if (heading is not null)
            {
                text = $"{heading}. {text}";
                heading = null;
            }

            paragraphs.Add(CollapseWhitespace(text));
        }

        return string.Join(ParagraphSeparator, paragraphs);
    }

    private static string CollapseWhitespace(string text) => WhitespaceRun().Replace(text, " ").Trim();

    // ---- comparison helpers ----

    private static string ReplaceExactlyOnce(string text, string from, string to, string what)
    {
        var count = CountOccurrences(text, from);
        Assert.True(count == 1, $"{what}: expected the source fragment exactly once, found it {count} times: «{from}»");
        var index = text.IndexOf(from, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), to, text.AsSpan(index + from.Length));
    }

    private static int CountOccurrences(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void AssertSameTokenSequence(string expected, string actual)
    {
        var e = expected.Split(' ');
        var a = actual.Split(' ');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        if (i == e.Length && i == a.Length)
        {
            return;
        }

        string Around(string[] tokens) => string.Join(' ', tokens.Skip(Math.Max(0, i - 12)).Take(24));
        Assert.Fail(
            $"The shipped text departs from the fixed-up source at token {i} "
            + $"(source {e.Length} tokens, shipped {a.Length}).\n"
            + $"source : …{Around(e)}…\nshipped: …{Around(a)}…");
    }

    private static string SortedNonSpace(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Order().ToArray());

    private static Dictionary<char, int> CharacterCounts(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        return counts;
    }

    private static string[] Tokens(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t != "¶").ToArray();

    private static Dictionary<string, int> TokenCounts(string text) => Count(Tokens(text));

    private static Dictionary<string, int> WordCounts(string text) =>
        Count(WordPattern().Matches(text).Select(m => m.Value));

    private static Dictionary<string, int> Count(IEnumerable<string> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Apply(counts, items, +1);
        return counts;
    }

    private static void Apply(Dictionary<string, int> counts, IEnumerable<string> items, int delta)
    {
        foreach (var item in items)
        {
            counts[item] = counts.GetValueOrDefault(item) + delta;
        }
    }

    private static void AssertSameCounts(Dictionary<string, int> expected, Dictionary<string, int> actual, string what)
    {
        var differences = expected.Keys.Union(actual.Keys, StringComparer.Ordinal)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal)
            .Select(k => $"«{k}»: expected {expected.GetValueOrDefault(k)}, shipped {actual.GetValueOrDefault(k)}")
            .ToArray();
        Assert.True(differences.Length == 0, $"The {what} differ:\n" + string.Join('\n', differences));
        Assert.True(actual.Values.Sum() > 3_900, $"Only {actual.Values.Sum()} {what} compared; is the text complete?");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
