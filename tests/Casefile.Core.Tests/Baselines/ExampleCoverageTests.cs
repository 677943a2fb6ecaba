using Casefile.Analysis;

namespace Casefile.Tests.Baselines;

/// <summary>
/// The bundled examples are the first thing a user runs (<c>casefile check examples</c>): between
/// them they must show every diagnostic the tool has, each at least once and not silenced, while
/// they still read like real case files in which most of the evidence is sound.
/// </summary>
public sealed class ExampleCoverageTests
{
    private static IReadOnlyList<FileAnalysis> AnalyzeExamples() =>
        Baseline.Folders(RepositoryPaths.Examples)
            .SelectMany(folder => Baseline.AnalyzeFolder(Path.Combine(RepositoryPaths.Root, folder)).Files)
            .ToList();

    [Fact]
    public void Examples_show_every_code_unsuppressed()
    {
        var shown = AnalyzeExamples()
            .SelectMany(f => f.Diagnostics)
            .Select(d => d.Code)
            .ToHashSet(StringComparer.Ordinal);

        var missing = RuleCatalog.Descriptors
            .Select(d => d.Code)
            .Where(code => !shown.Contains(code))
            .ToList();

        Assert.True(missing.Count == 0, $"No example shows (unsuppressed): {string.Join(", ", missing)}");
    }

    [Fact]
    public void Examples_use_a_suppression_with_a_reason()
    {
        var suppressed = AnalyzeExamples().SelectMany(f => f.AllDiagnostics).Where(d => d.IsSuppressed).ToList();

        Assert.NotEmpty(suppressed);
    }

    /// <summary>The examples demonstrate problems, but in a believable case most evidence is admissible.</summary>
    [Fact]
    public void Most_example_evidence_is_admissible()
    {
        var files = AnalyzeExamples();
        var evidence = files.SelectMany(f => f.Model.Evidence.Select(e => f.AdmissibilityOf(e))).ToList();
        var admissible = evidence.Count(a => a.IsAdmissible);

        Assert.True(evidence.Count > 0, "The examples hold no evidence.");
        Assert.True(admissible * 2 > evidence.Count, $"Only {admissible} of {evidence.Count} evidence items in the examples are admissible.");
    }
}
