using Casefile.Syntax;

namespace Casefile.Tests.Syntax;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\r\nc\rd", 4)]
    [InlineData("", 1)]
    [InlineData("a\n", 2)]
    [InlineData("\r\n\r\n", 3)]
    public void Lines_end_at_lf_crlf_and_cr(string text, int lines) => Assert.Equal(lines, new SourceText(text).LineCount);

    [Fact]
    public void Positions_and_offsets_round_trip()
    {
        var text = new SourceText("ab\r\n😀x\ny");
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var position = text.GetPosition(offset);
            if (offset != 3)
            {
                // Offset 3 is inside the CRLF pair; LSP never names it.
                Assert.Equal(offset, text.GetOffset(position));
            }
        }

        Assert.Equal(new LinePosition(1, 2), text.GetPosition(6));
        Assert.Equal("😀x", text.GetLineText(1));
    }

    [Fact]
    public void Columns_past_the_end_of_a_line_clamp_to_it()
    {
        var text = new SourceText("ab\ncd");
        Assert.Equal(2, text.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(5, text.GetOffset(new LinePosition(9, 0)));
    }
}
