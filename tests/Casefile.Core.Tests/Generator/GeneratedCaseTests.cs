using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Generator;

namespace Casefile.Core.Tests.Generator;

/// <summary>
/// The generated case files used by benchmarks, the latency harness and fuzzing are only worth
/// measuring if they are what they claim: every planted problem is reported on its item, and the
/// clean items give no diagnostic at all.
/// </summary>
public sealed class GeneratedCaseTests
{
    [Theory]
    [InlineData(100, 1)]
    [InlineData(100, 2)]
    [InlineData(1000, 3)]
    [InlineData(1000, 4)]
    public void The_analysis_reports_exactly_the_planted_problems(int evidenceCount, int seed)
    {
        var generated = CaseFileGenerator.Generate(new GeneratorOptions(evidenceCount, seed));
        var analysis = Analyzer.AnalyzeText("generated.case.md", generated.Text);

        var reported = analysis.Diagnostics
            .Select(d => $"{d.Entity?.ToString() ?? "(file)"} {d.Code}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var planted = generated.PlantedProblems
            .Select(p => $"{p.EntityId} {p.Code}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(planted, reported);
    }

    [Fact]
    public void About_one_item_in_ten_carries_a_problem_and_every_kind_of_evidence_appears()
    {
        var generated = CaseFileGenerator.Generate(new GeneratorOptions(1000));
        Assert.InRange(generated.PlantedProblems.Count, 70, 130);
        foreach (var kind in new[] { "testimony", "expert-opinion", "specialist-opinion", "physical-evidence", "protocol", "document", "audio-video", "operational-material", "covert-action-result" })
        {
            Assert.Contains($"- kind: {kind}\n", generated.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_clean_case_gives_no_diagnostic()
    {
        var generated = CaseFileGenerator.Generate(new GeneratorOptions(500, Seed: 7, ViolationRate: 0));
        Assert.Empty(generated.PlantedProblems);
        Assert.Empty(Analyzer.AnalyzeText("clean.case.md", generated.Text).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_same_seed_gives_the_same_text_and_another_seed_another()
    {
        var first = CaseFileGenerator.Generate(new GeneratorOptions(200, Seed: 11)).Text;
        Assert.Equal(first, CaseFileGenerator.Generate(new GeneratorOptions(200, Seed: 11)).Text);
        Assert.NotEqual(first, CaseFileGenerator.Generate(new GeneratorOptions(200, Seed: 12)).Text);
    }

    [Fact]
    public void Size_grows_with_the_number_of_items()
    {
        var small = CaseFileGenerator.Generate(new GeneratorOptions(1000)).Text.Length;
        var large = CaseFileGenerator.Generate(new GeneratorOptions(10_000)).Text.Length;
        Assert.InRange(large / (double)small, 9, 11);
    }
}
