using Casefile.Fixes;
using Casefile.Localization;
using static Casefile.Tests.Fixes.FixTesting;

namespace Casefile.Tests.Fixes;

/// <summary>
/// A suppression comment is inserted with its reason left to write: until the user writes one it
/// silences nothing (CF0011 says so), and once written it silences exactly that code there.
/// </summary>
public sealed class SuppressionFixTests
{
    private const string Night = PlaceholderFixTests.NightInterrogation;

    [Fact]
    public void Suppressing_for_the_attribute_inserts_a_comment_line_before_it_with_the_reason_to_write()
    {
        var analysis = Analyze(Night);
        var fix = Assert.Single(FixesOf(analysis, "CF1504"), f => f.Id == "suppress-attribute");
        Assert.Equal(FixKind.Suppress, fix.Kind);
        Assert.Equal("Suppress CF1504 for 'start' (reason to write)", Title(fix));
        Assert.Equal("'start' үшін CF1504 ережесін басу (себебін жазыңыз)", Title(fix, Language.Kk));
        Assert.Equal("Подавить CF1504 для 'start' (укажите причину)", Title(fix, Language.Ru));

        var fixedText = Apply(fix);
        Assert.Equal(Night.Replace("- start: ", "<!-- casefile-ignore CF1504: -->\n- start: "), fixedText);

        // Honest: nothing is silenced until a reason is written, and CF0011 asks for it.
        var after = Analyze(fixedText);
        Assert.Single(after.Diagnostics, d => d.Code == "CF1504");
        Assert.Single(after.Diagnostics, d => d.Code == "CF0011");
        Assert.Equal(Violations(analysis), Violations(after));

        // Usable: with the reason written, the comment silences the rule for that attribute, and the list still reads.
        var withReason = Analyze(fixedText.Replace("CF1504: -->", "CF1504: the victim was found at 23:00 -->"));
        Assert.DoesNotContain(withReason.Diagnostics, d => d.Code is "CF1504" or "CF0011");
        Assert.Contains(withReason.Diagnostics, d => d.Code == "CF1505");
        Assert.Equal(8, withReason.Model.Evidence.Single().Attributes.All.Count);
    }

    [Fact]
    public void Suppressing_for_the_entity_inserts_the_comment_before_its_heading()
    {
        var analysis = Analyze(Night);
        var fix = Assert.Single(FixesOf(analysis, "CF1505"), f => f.Id == "suppress-entity");
        Assert.Equal("Suppress CF1505 for E-1 (reason to write)", Title(fix));
        var fixedText = Apply(fix);
        Assert.Equal(Night.Replace("### E-1", "<!-- casefile-ignore CF1505: -->\n### E-1"), fixedText);
        var withReason = Analyze(fixedText.Replace("CF1505: -->", "CF1505: breaks are in the protocol -->"));
        Assert.DoesNotContain(withReason.Diagnostics, d => d.Code is "CF1505" or "CF0011");
    }

    [Fact]
    public void A_diagnostic_on_a_heading_can_be_suppressed_only_for_the_entity_and_CRLF_is_kept()
    {
        var text = Crlf("# Case 1\n\n### E-1 Search\n- kind: protocol\n- date: 2024-03-02\n");
        var analysis = Analyze(text);
        var fixes = FixesOf(analysis, "CF0401");
        var fix = Assert.Single(fixes, f => f.Kind == FixKind.Suppress);
        Assert.Equal("suppress-entity", fix.Id);
        Assert.Equal(Crlf("# Case 1\n\n<!-- casefile-ignore CF0401: -->\n### E-1 Search\n- kind: protocol\n- date: 2024-03-02\n"), Apply(fix));
    }

    [Fact]
    public void No_second_comment_is_offered_while_one_waits_for_its_reason_and_CF0011_is_never_suppressed()
    {
        var text = Night.Replace("- start: ", "<!-- casefile-ignore CF1504: -->\n- start: ");
        var analysis = Analyze(text);
        Assert.DoesNotContain(FixesOf(analysis, "CF1504"), f => f.Id == "suppress-attribute");
        Assert.Contains(FixesOf(analysis, "CF1504"), f => f.Id == "suppress-entity");
        Assert.Empty(FixesOf(analysis, "CF0011"));
    }
}
