using Casefile.Analysis;
using Casefile.Tests.Rules.Paragraph18;

namespace Casefile.Tests.Rules.Paragraph21;

/// <summary>CF2101–CF2103: ranges, related places, admissibility, messages in three languages.</summary>
public sealed class Paragraph21RuleTests
{
    [Fact]
    public void CF2101_is_a_warning_linked_to_the_submitter()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            """
            # Case 1

            ### P-3 Bekova Asel
            - role: victim

            ### E-1 Video
            - kind: audio-video
            - date: 2024-03-05
            - submitted-by: P-3
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == "CF2101");
        Assert.Equal(3, Assert.Single(diagnostic.Related).Range.Start.Line + 1);
        Assert.True(analysis.AdmissibilityOf(analysis.Model.Evidence.Single()).IsAdmissible);
    }

    [Fact]
    public void CF2102_names_the_role_of_the_maker_in_the_reader_s_language()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            """
            # Case 1

            ### P-7 Seitov Arman
            - role: prosecutor

            ### E-1 Recording
            - kind: audio-video
            - date: 2024-03-05
            - covert: yes
            - conducted-by: P-7
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == "CF2102");
        Assert.Equal("6:5-6:18", diagnostic.Range.ToString());
        Assert.Contains("(прокурор)", diagnostic.Message.Format(Casefile.Localization.Language.Ru));
        Assert.Contains("CF2102", analysis.AdmissibilityOf(analysis.Model.Evidence.Single()).Codes);
    }

    [Fact]
    public void CF2103_points_at_original_and_links_the_other_two_facts()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            """
            # Case 1

            ### E-1 Copy of a receipt
            - kind: document
            - date: 2024-03-05
            - expertise-possible: no
            - original: no
            - disputed: yes
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == "CF2103");
        Assert.Equal("7:13-7:15", diagnostic.Range.ToString());
        Assert.Equal([8, 6], diagnostic.Related.Select(r => r.Range.Start.Line + 1));
    }

    [Theory]
    [InlineData("CF2101_Title")]
    [InlineData("CF2101_Message")]
    [InlineData("CF2101_RelatedSubmitter")]
    [InlineData("CF2102_Title")]
    [InlineData("CF2102_Message")]
    [InlineData("CF2102_RelatedMaker")]
    [InlineData("CF2103_Title")]
    [InlineData("CF2103_Message")]
    [InlineData("CF2103_RelatedDisputed")]
    [InlineData("CF2103_RelatedNoExpertise")]
    public void Texts_exist_in_every_language(string name) => MessageTexts.AssertInEveryLanguage(name);
}
