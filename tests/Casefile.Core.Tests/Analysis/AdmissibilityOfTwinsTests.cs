using Casefile.Analysis;

namespace Casefile.Tests.Analysis;

/// <summary>An ID defined twice (CF0005): each item answers for its own violations, not for its twin's.</summary>
public sealed class AdmissibilityOfTwinsTests
{
    [Fact]
    public void A_violation_counts_against_the_item_it_stands_in()
    {
        var analysis = Analyzer.AnalyzeText("twins.case.md", "# Case\n- case: 1\n\n### E-1 Seizure\n- kind: document\n- status: excluded\n\n### E-1 Statement\n- kind: document\n");
        var (first, second) = (analysis.Model.Evidence[0], analysis.Model.Evidence[1]);

        Assert.Contains("CF0402", analysis.AdmissibilityOf(first).Codes);
        Assert.DoesNotContain("CF0402", analysis.AdmissibilityOf(second).Codes);
    }

    [Fact]
    public void A_thousand_copies_of_one_item_each_carry_their_own_violation()
    {
        var text = "# Case\n- case: 1\n" + string.Concat(Enumerable.Repeat("\n### E-1 Seizure\n- kind: document\n- status: excluded\n", 1000));
        var analysis = Analyzer.AnalyzeText("copies.case.md", text);

        Assert.All(analysis.Model.Evidence, e => Assert.Single(analysis.AdmissibilityOf(e).Violations, v => v.Code == "CF0402"));
    }
}
