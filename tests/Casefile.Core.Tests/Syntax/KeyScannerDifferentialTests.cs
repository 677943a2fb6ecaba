using System.Text;
using System.Text.RegularExpressions;
using Casefile.Syntax;

namespace Casefile.Core.Tests.Syntax;

/// <summary>
/// The hand-written key scanner must find exactly the key the format's pattern finds (a word, or
/// up to five words, before a colon): a faster scanner that read another key would turn attributes
/// into prose or prose into attributes without anyone noticing.
/// </summary>
public sealed class KeyScannerDifferentialTests
{
    private static readonly Regex Pattern = new(@"^(?<key>\p{L}[\p{L}\p{N}\p{M}_\-]*(?: [\p{L}\p{N}\p{M}_\-]+){0,4})[ \t]*:", RegexOptions.CultureInvariant);

    // Letters of three scripts, digits of two, marks, the joiners and blanks a key line can hold,
    // the colon, and characters that end a key: a surrogate pair, punctuation, a full-width colon.
    private static readonly string[] Pieces =
    [
        "a", "Z", "ә", "Ж", "ы", "1", "٣", "Ⅻ", "½", "\u0301", "\u0903", "_", "-", " ", "  ", "\t", ":", "：", ".", "(", "𝔸", "é", "права", "разъяснены", "kind", "rights explained",
    ];

    [Fact]
    public void Random_key_lines_are_read_as_the_pattern_reads_them()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 200_000; i++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(1, 12);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSameAsPattern(builder.ToString());
        }
    }

    [Theory]
    [InlineData("kind: testimony")]
    [InlineData("kind  : testimony")]
    [InlineData("rights explained: yes")]
    [InlineData("a b c d e: five words")]
    [InlineData("a b c d e f: six words are prose")]
    [InlineData("a  b: two spaces end the key")]
    [InlineData("a\tb: a tab ends the key")]
    [InlineData("1kind: a digit cannot start a key")]
    [InlineData("права разъяснены: да")]
    [InlineData("түрі: айғақ")]
    [InlineData("a b :")]
    [InlineData("a b")]
    [InlineData(":")]
    [InlineData("")]
    public void Key_lines_are_read_as_the_pattern_reads_them(string line) => AssertSameAsPattern(line);

    private static void AssertSameAsPattern(string line)
    {
        var match = Pattern.Match(line);
        var found = CaseFileParser.TryMatchKey(line, out var keyLength, out var matchLength);
        var escaped = Uri.EscapeDataString(line);
        Assert.True(match.Success == found, $"'{escaped}': pattern {(match.Success ? "matches" : "does not match")}, scanner {(found ? "does" : "does not")}");
        if (found)
        {
            Assert.True(match.Groups["key"].Length == keyLength && match.Length == matchLength, $"'{escaped}': pattern key {match.Groups["key"].Length}/{match.Length}, scanner {keyLength}/{matchLength}");
        }
    }
}
