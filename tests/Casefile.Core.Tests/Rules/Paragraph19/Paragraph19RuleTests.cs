using Casefile.Analysis;
using Casefile.Tests.Rules.Paragraph18;

namespace Casefile.Tests.Rules.Paragraph19;

/// <summary>CF1901, CF1902: who is linked, what makes the protocol inadmissible, messages in three languages.</summary>
public sealed class Paragraph19RuleTests
{
    private const string Persons =
        """
        ### P-4 Nurlanov Timur
        - role: attesting-witness

        ### P-5 Abenova Dana
        - role: attesting-witness

        ### P-7 Seitov Arman
        - role: investigator

        ### C-1 Event
        - element: event

        """;

    [Fact]
    public void CF1901_links_every_person_who_did_not_sign_and_excludes_the_protocol()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            "# Case 1\n\n" + Persons +
            """
            ### E-1 Search
            - kind: protocol
            - conducted-by: P-7
            - date: 2024-03-05
            - attesting-witnesses: P-4, P-5
            - signed-by: P-4
            - proves: C-1
            """);
        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == "CF1901");
        Assert.Equal(["P-7 conducted the action and did not sign", "P-5: an attesting witness who did not sign"], diagnostic.Related.Select(r => r.Message.ToString()));
        Assert.Contains("CF1901", analysis.AdmissibilityOf(analysis.Model.Evidence.Single()).Codes);
    }

    [Fact]
    public void CF1902_is_a_warning_and_leaves_the_protocol_admissible()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            "# Case 1\n\n" + Persons +
            """
            ### E-1 Search
            - kind: protocol
            - conducted-by: P-7
            - date: 2024-03-05
            - proves: C-1
            """);
        Assert.Single(analysis.Diagnostics, d => d.Code == "CF1902");
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code == "CF1901");
        Assert.True(analysis.AdmissibilityOf(analysis.Model.Evidence.Single()).IsAdmissible);
    }

    [Theory]
    [InlineData("CF1901_Title")]
    [InlineData("CF1901_Message")]
    [InlineData("CF1901_ConductedBy")]
    [InlineData("CF1901_Witnesses")]
    [InlineData("CF1901_RelatedConductedBy")]
    [InlineData("CF1901_RelatedWitness")]
    [InlineData("CF1902_Title")]
    [InlineData("CF1902_Message")]
    [InlineData("CF1902_Empty")]
    public void Texts_exist_in_every_language(string name) => MessageTexts.AssertInEveryLanguage(name);
}
