using Casefile.Localization;
using Casefile.Resolution;

namespace Casefile.Tests.Resolution;

public class ResolutionDocumentParseTests
{
    private const string Sample = """
        # Sample resolution

        **Unofficial translation.** The Kazakh text is official.

        Resolution No. 4 of 20 April 2006.

        The plenary session resolves:

        ## 1

        First paragraph,
        wrapped over two lines.

        Second paragraph.

        > Note. Paragraph 1 amended on 31.03.2017.

        ## 1-1

        Only paragraph.

        > Note. Added on 22.12.2022.
        > Note. Amended again.

        ## 2

        No notes here.
        """;

    [Fact]
    public void Parse_SeparatesTitleDisclaimerPreambleAndParagraphs()
    {
        var document = ResolutionDocument.Parse(Language.En, Sample);

        Assert.Equal(Language.En, document.Language);
        Assert.False(document.IsOfficial);
        Assert.Equal("Sample resolution", document.Title);
        Assert.Equal("**Unofficial translation.** The Kazakh text is official.", document.Disclaimer);
        Assert.Equal("Resolution No. 4 of 20 April 2006.\n\nThe plenary session resolves:", document.Preamble);
        Assert.Equal(["1", "1-1", "2"], document.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Parse_JoinsMarkdownParagraphsAndSeparatesNotes()
    {
        var document = ResolutionDocument.Parse(Language.En, Sample);

        var first = document["1"];
        Assert.Equal("First paragraph, wrapped over two lines.\n\nSecond paragraph.", first.Text);
        Assert.Equal(["Note. Paragraph 1 amended on 31.03.2017."], first.AmendmentNotes);

        var inserted = document["1-1"];
        Assert.Equal("Only paragraph.", inserted.Text);
        Assert.Equal(["Note. Added on 22.12.2022.", "Note. Amended again."], inserted.AmendmentNotes);

        Assert.Equal("No notes here.", document["2"].Text);
        Assert.Empty(document["2"].AmendmentNotes);
    }

    [Fact]
    public void Indexer_UnknownNumber_ThrowsKeyNotFoundWithTheNumber()
    {
        var document = ResolutionDocument.Parse(Language.En, Sample);

        var error = Assert.Throws<KeyNotFoundException>(() => document["29"]);
        Assert.Contains("\"29\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("1, 1-1, 2", error.Message, StringComparison.Ordinal);

        Assert.False(document.TryGetParagraph("16-1", out var missing));
        Assert.Null(missing);
        Assert.True(document.TryGetParagraph("1-1", out var found));
        Assert.Equal("Only paragraph.", found.Text);
    }

    [Fact]
    public void Parse_Kazakh_IsOfficialAndHasNoDisclaimer()
    {
        var document = ResolutionDocument.Parse(Language.Kk, Sample);

        Assert.True(document.IsOfficial);
        Assert.Null(document.Disclaimer);
        Assert.StartsWith("**Unofficial translation.**", document.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcceptsWindowsLineEndings()
    {
        var document = ResolutionDocument.Parse(Language.Ru, Sample.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal("Sample resolution", document.Title);
        Assert.Equal("First paragraph, wrapped over two lines.\n\nSecond paragraph.", document["1"].Text);
        Assert.Equal(2, document["1-1"].AmendmentNotes.Count);
    }

    [Theory]
    [InlineData("No title.\n\n## 1\n\nText.", "title")]
    [InlineData("# T\n\n## 1\n\nText.\n\n## 1\n\nAgain.", "twice")]
    [InlineData("# T\n\n## 1\n\n> Ескерту. Only a note.\n\n## 2\n\nText.", "no text")]
    [InlineData("# T\n\n## one\n\nText.", "not a paragraph number")]
    [InlineData("# T\n\nPreamble only.", "no \"## N\"")]
    [InlineData("# T\n\n### 1\n\nText.", "unexpected heading")]
    public void Parse_MalformedText_ThrowsFormatException(string markdown, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ResolutionDocument.Parse(Language.Kk, markdown));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
