using Casefile.Presentation;

namespace Casefile.Tests.Presentation;

public sealed class MarkupWriterTests
{
    [Fact]
    public void Markdown_escapes_text_but_not_templates_placeholders()
    {
        var writer = new MarkupWriter(MarkupFormat.Markdown);
        Assert.Equal("a\\*b\\_c \\[d\\] \\<e\\> \\`f\\` \\#g \\|h \\~i \\\\j (k) «l»", writer.Text("a*b_c [d] <e> `f` #g |h ~i \\j (k) «l»"));
        Assert.Equal("Value: `x` \\* y", writer.Template("Value: {0} * y", writer.Code("x")));
    }

    [Fact]
    public void Code_spans_survive_backticks()
    {
        var writer = new MarkupWriter(MarkupFormat.Markdown);
        Assert.Equal("`role`", writer.Code("role"));
        Assert.Equal("``a`b``", writer.Code("a`b"));
        Assert.Equal("`` `x ``", writer.Code("`x"));
    }

    [Fact]
    public void Blocks_are_separated_by_blank_lines_and_quotes_keep_their_paragraphs()
    {
        var writer = new MarkupWriter(MarkupFormat.Markdown)
            .Paragraph("one")
            .Quote(["first", "second"])
            .List(["a", "b"])
            .Separator()
            .Paragraph("two");
        Assert.Equal("one\n\n> first\n>\n> second\n\n- a\n- b\n\n---\n\ntwo", writer.ToString());
    }

    [Fact]
    public void Plain_text_writes_no_markup()
    {
        var writer = new MarkupWriter(MarkupFormat.PlainText);
        Assert.Equal("a*b", writer.Text("a*b"));
        Assert.Equal("x", writer.Bold("x"));
        Assert.Equal("x", writer.Italic("x"));
        Assert.Equal("label", writer.Link("label", "file:///x"));
        writer.Paragraph("one").Quote(["first", "second"]).List(["a"]).Separator().Paragraph("two");
        Assert.Equal("one\n\nfirst\n\nsecond\n\n• a\n\n——————\n\ntwo", writer.ToString());
    }

    [Fact]
    public void A_link_target_with_spaces_stays_one_target()
    {
        var writer = new MarkupWriter(MarkupFormat.Markdown);
        Assert.Equal("[x](file:///a%20b%28c%29.md)", writer.Link("x", "file:///a b(c).md"));
        Assert.Equal("x", writer.Link("x", null));
    }
}
