using Casefile.Localization;
using Casefile.Resolution;

namespace Casefile.Tests.Resolution;

/// <summary>
/// The unofficial Russian and English translations mirror the official Kazakh text paragraph for paragraph.
/// </summary>
public class TranslationStructureTests
{
    [Theory]
    [InlineData(Language.Ru, "**Неофициальный перевод.**")]
    [InlineData(Language.En, "**Unofficial translation.**")]
    public void Translation_IsUnofficialWithADisclaimer(Language language, string disclaimerStart)
    {
        var document = ResolutionTexts.Get(language);

        Assert.Equal(language, document.Language);
        Assert.False(document.IsOfficial);
        Assert.False(string.IsNullOrWhiteSpace(document.Disclaimer), $"The {language.Code()} text has no disclaimer.");
        Assert.StartsWith(disclaimerStart, document.Disclaimer, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.False(string.IsNullOrWhiteSpace(document.Preamble));
        Assert.NotEqual(ResolutionTexts.Kazakh.Title, document.Title);
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.En)]
    public void Translation_HasTheKazakhParagraphs_EachNonEmpty(Language language)
    {
        var document = ResolutionTexts.Get(language);

        Assert.Equal(ResolutionTexts.Kazakh.Paragraphs.Select(p => p.Number), document.Paragraphs.Select(p => p.Number));
        Assert.Equal(ResolutionTexts.ParagraphNumbers, document.Paragraphs.Select(p => p.Number));
        Assert.All(document.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.Text), $"{language.Code()} paragraph {p.Number} is empty."));
        Assert.All(
            document.Paragraphs,
            p => Assert.All(p.AmendmentNotes, n => Assert.False(string.IsNullOrWhiteSpace(n), $"{language.Code()} paragraph {p.Number} has an empty note.")));
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.En)]
    public void Translation_HasAsManyAmendmentNotesPerParagraphAsKazakh(Language language)
    {
        var document = ResolutionTexts.Get(language);

        var mismatches = ResolutionTexts.Kazakh.Paragraphs
            .Select(kk => (kk.Number, Kazakh: kk.AmendmentNotes.Count,
                Translated: document.TryGetParagraph(kk.Number, out var p) ? p.AmendmentNotes.Count : -1))
            .Where(x => x.Kazakh != x.Translated)
            .Select(x => $"paragraph {x.Number}: kk {x.Kazakh}, {language.Code()} {x.Translated}")
            .ToArray();
        Assert.True(mismatches.Length == 0, "Amendment notes differ:\n" + string.Join('\n', mismatches));
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.En)]
    public void Translation_HasAsManyTextParagraphsPerParagraphAsKazakh(Language language)
    {
        var document = ResolutionTexts.Get(language);

        var mismatches = ResolutionTexts.Kazakh.Paragraphs
            .Select(kk => (kk.Number, Kazakh: Blocks(kk.Text),
                Translated: document.TryGetParagraph(kk.Number, out var p) ? Blocks(p.Text) : -1))
            .Where(x => x.Kazakh != x.Translated)
            .Select(x => $"paragraph {x.Number}: kk {x.Kazakh}, {language.Code()} {x.Translated}")
            .ToArray();
        Assert.True(mismatches.Length == 0, "Markdown paragraphs per section differ:\n" + string.Join('\n', mismatches));

        static int Blocks(string text) => text.Split("\n\n").Length;
    }
}
