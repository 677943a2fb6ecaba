using Casefile.Navigation;

namespace Casefile.Tests.Navigation;

public sealed class SymbolMatcherTests
{
    [Theory]
    [InlineData("", "P-1 Bekov Bolat")]
    [InlineData("p-1", "P-1 Bekov Bolat")]
    [InlineData("e12", "E-12 Seizure")]
    [InlineData("bekov", "P-1 Bekov Bolat")]
    [InlineData("BOLAT", "P-1 Bekov Bolat")]
    [InlineData("bkv", "P-1 Bekov Bolat")]
    [InlineData("бек", "P-1 Беков Болат")]
    [InlineData("bekov bolat", "P-1 Bekov Bolat")]
    [InlineData("kov", "P-1 Bekov Bolat")]
    public void Matches(string query, string name) => Assert.NotNull(SymbolMatcher.Score(query, name));

    [Theory]
    [InlineData("xyz", "P-1 Bekov Bolat")]
    [InlineData("kvb", "P-1 Bekov Bolat")]
    [InlineData("bekov arman", "P-1 Bekov Bolat")]
    [InlineData("ekov", "P-1 Bxkov Bolat")]
    public void Does_not_match(string query, string name) => Assert.Null(SymbolMatcher.Score(query, name));

    [Fact]
    public void The_exact_id_ranks_before_a_longer_id_and_a_word_start_before_a_scattered_match()
    {
        Assert.True(SymbolMatcher.Score("E-1", "E-1 Interrogation") > SymbolMatcher.Score("E-1", "E-12 Seizure"));
        Assert.True(SymbolMatcher.Score("sei", "E-12 Seizure") > SymbolMatcher.Score("sei", "P-2 Something easy indeed"));
        Assert.True(SymbolMatcher.Score("bekov", "P-1 Bekov Bolat") > SymbolMatcher.Score("bkv", "P-1 Bekov Bolat"));
    }
}
