using Casefile.Analysis;
using Casefile.Tests.Rules.Paragraph18;

namespace Casefile.Tests.Rules.Paragraph20;

/// <summary>CF2001: one diagnostic per interested witness, on its ID, linked to its affiliation.</summary>
public sealed class Paragraph20RuleTests
{
    [Fact]
    public void CF2001_points_at_the_witness_and_links_its_affiliation()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            """
            # Case 1

            ### P-4 Nurlanov Timur
            - role: attesting-witness
            - affiliation: administrative-supervision

            ### P-7 Seitov Arman
            - role: investigator

            ### E-1 Search
            - kind: protocol
            - conducted-by: P-7
            - date: 2024-03-05
            - attesting-witnesses: P-4, P-4
            - signed-by: P-7, P-4
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == "CF2001");
        Assert.Equal("14:24-14:27", diagnostic.Range.ToString());
        Assert.Equal("5:3-5:42", Assert.Single(diagnostic.Related).Range.ToString());
        Assert.Contains("әкімшілік-қадағалаудағы", diagnostic.Message.Format(Casefile.Localization.Language.Kk));
    }

    [Theory]
    [InlineData("CF2001_Title")]
    [InlineData("CF2001_Message")]
    [InlineData("CF2001_RelatedAffiliation")]
    public void Texts_exist_in_every_language(string name) => MessageTexts.AssertInEveryLanguage(name);
}
