using System.Text;
using Casefile.Analysis;

namespace Casefile.Tests.Robustness;

/// <summary>Garbage in gives diagnostics, never an exception or a hang.</summary>
public sealed class GarbageInputTests
{
    private static FileAnalysis Analyze(string text) => Analyzer.AnalyzeText("garbage.case.md", text);

    [Fact]
    public void An_empty_file_has_no_case()
    {
        var analysis = Analyze(string.Empty);
        var diagnostic = Assert.Single(analysis.Diagnostics);
        Assert.Equal("CF0001", diagnostic.Code);
        Assert.Equal(0, diagnostic.Span.Start);
    }

    [Fact]
    public void Binary_data_is_reported_as_not_text()
    {
        var random = new Random(20060420);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var analysis = Analyze(text);
        Assert.Contains(analysis.Diagnostics, d => d.Code == "CF0013");
    }

    [Fact]
    public void Invalid_utf8_decodes_to_replacement_characters_that_are_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("# Case\n### P-1 Bekov\n- role: suspect\n- competence: ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();
        var analysis = Analyze(Encoding.UTF8.GetString(bytes));
        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == "CF0013");
        Assert.Equal(3, diagnostic.Range.Start.Line);
    }

    [Fact]
    public void A_heading_with_ten_thousand_hashes_is_prose()
    {
        var analysis = Analyze("# Case\n" + new string('#', 10_000) + " E-1 Search\n- kind: protocol\n");
        Assert.Empty(analysis.Model.Entities);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Severity == Casefile.Diagnostics.Severity.Error);
    }

    [Theory]
    [InlineData(">", 5_000)]
    [InlineData("- ", 5_000)]
    [InlineData("[", 50_000)]
    [InlineData("*", 50_000)]
    [InlineData("<!--", 10_000)]
    [InlineData("`", 50_000)]
    public void Deep_or_repetitive_markdown_does_not_crash(string unit, int count)
    {
        var text = "# Case\n### E-1 Search\n- kind: " + string.Concat(Enumerable.Repeat(unit, count)) + "\n";
        var analysis = Analyze(text);
        Assert.NotNull(analysis.Model);
    }

    [Fact]
    public void A_fifty_megabyte_file_is_analysed()
    {
        var entity = "### E-{0} Interrogation\n- kind: testimony\n- person: P-1\n- start: 2024-03-02 10:00\n- end: 2024-03-02 11:00\n- proves: C-1\n\nThe witness stated that he saw nothing unusual that evening and went home at nine.\n\n";
        var builder = new StringBuilder("# Criminal case 1\n- registered: 2024-03-01\n\n### P-1 Bekov\n- role: witness\n\n### C-1 Event\n- element: event\n\n");
        for (var i = 1; builder.Length < 50 * 1024 * 1024; i++)
        {
            builder.AppendFormat(entity, i);
        }

        var analysis = Analyze(builder.ToString());
        Assert.True(analysis.Model.Evidence.Count() > 100_000);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Severity == Casefile.Diagnostics.Severity.Error);
    }

    [Fact]
    public void A_single_line_of_a_million_characters_is_analysed()
    {
        var analysis = Analyze("# Case\n### E-1 Search\n- kind: protocol\n- exclusion-ground: " + new string('x', 1_000_000) + "\n");
        Assert.NotNull(analysis.Model);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_survived()
    {
        var analysis = Analyze("# Case\u0001\n### P-1 \ud800 Bekov\n- role: \udc00suspect\u0007\n\u000b\u000c");
        Assert.NotNull(analysis.Model);
    }
}
