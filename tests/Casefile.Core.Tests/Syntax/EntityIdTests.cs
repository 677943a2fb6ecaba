using Casefile.Syntax;

namespace Casefile.Tests.Syntax;

public sealed class EntityIdTests
{
    [Theory]
    [InlineData("P-1", 'P', 1)]
    [InlineData("E-12", 'E', 12)]
    [InlineData("C-3", 'C', 3)]
    [InlineData("M-40", 'M', 40)]
    [InlineData("A-999999", 'A', 999999)]
    [InlineData("P-2147483647", 'P', 2147483647)]
    public void Valid_ids_parse(string text, char prefix, int number)
    {
        Assert.True(EntityId.TryParse(text, out var id));
        Assert.Equal(new EntityId(prefix, number), id);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("p-1")]
    [InlineData("P-01")]
    [InlineData("P-0")]
    [InlineData("P1")]
    [InlineData("X-1")]
    [InlineData("P-")]
    [InlineData("P-1a")]
    [InlineData("P-12345678901")]
    [InlineData("P-2147483648")]
    [InlineData("E-4294967297")]
    [InlineData("E-9999999999")]
    [InlineData("")]
    public void Anything_else_is_not_an_id(string text) => Assert.False(EntityId.TryParse(text, out _));
}
