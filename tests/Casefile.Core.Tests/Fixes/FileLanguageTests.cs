using Casefile.Fixes;
using Casefile.Localization;
using static Casefile.Tests.Fixes.FixTesting;

namespace Casefile.Tests.Fixes;

/// <summary>The language a fix writes in: the file's <c>language</c> key, else the language its keys are written in, else English.</summary>
public sealed class FileLanguageTests
{
    [Theory]
    [InlineData("# Case 1\n- language: ru\n\n### E-1 X\n- kind: document\n", Language.Ru)]
    [InlineData("# Дело 1\n- язык: kk\n", Language.Kk)]
    [InlineData("# Дело 1\n\n## Доказательства\n\n### E-1 X\n- вид: документ\n- дата: 2024-03-02\n", Language.Ru)]
    [InlineData("# Іс 1\n\n### E-1 X\n- түрі: құжат\n- күні: 2024-03-02\n- kind: document\n", Language.Kk)]
    [InlineData("# Case 1\n\n### P-1 X\n- адвокат: P-2\n", Language.En)]
    [InlineData("# Case 1\n", Language.En)]
    public void Is_stated_or_read_from_the_keys(string text, Language expected)
    {
        Assert.Equal(expected, FileLanguage.Of(Analyze(text).Model));
    }

    [Fact]
    public void Section_titles_written_by_fixes_are_read_back_as_sections_of_their_kind()
    {
        foreach (var kind in Enum.GetValues<Casefile.Vocabulary.EntityKind>().Where(k => k != Casefile.Vocabulary.EntityKind.Case))
        {
            foreach (var language in Languages.All)
            {
                var title = Vocab.SectionTitle(kind, language);
                var term = Casefile.Vocabulary.SectionTitles.All.Find(title);
                Assert.NotNull(term);
                Assert.Equal(kind, Casefile.Vocabulary.SectionTitles.KindOf(term));
            }
        }
    }
}
