using Casefile.CaseFacts;
using Casefile.Localization;

namespace Casefile.Tests.Facts;

public sealed class PluralTests
{
    [Theory]
    [InlineData(1, PluralForm.One)]
    [InlineData(21, PluralForm.One)]
    [InlineData(101, PluralForm.One)]
    [InlineData(2, PluralForm.Few)]
    [InlineData(4, PluralForm.Few)]
    [InlineData(23, PluralForm.Few)]
    [InlineData(0, PluralForm.Many)]
    [InlineData(5, PluralForm.Many)]
    [InlineData(11, PluralForm.Many)]
    [InlineData(12, PluralForm.Many)]
    [InlineData(14, PluralForm.Many)]
    [InlineData(111, PluralForm.Many)]
    public void Russian_has_three_forms(int count, PluralForm form) => Assert.Equal(form, Plural.Of(count, Language.Ru));

    [Theory]
    [InlineData(1, PluralForm.One)]
    [InlineData(0, PluralForm.Many)]
    [InlineData(2, PluralForm.Many)]
    [InlineData(21, PluralForm.Many)]
    public void English_has_two(int count, PluralForm form) => Assert.Equal(form, Plural.Of(count, Language.En));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(21)]
    public void Kazakh_keeps_one(int count) => Assert.Equal(PluralForm.Many, Plural.Of(count, Language.Kk));
}
