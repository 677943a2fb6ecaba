using Casefile.Analysis;
using Casefile.Tests.Baselines;

namespace Casefile.Tests.Docs;

/// <summary>Every rule has a page; its examples behave as the page says; its quote of the resolution is the shipped text.</summary>
public sealed class RulePageTests
{
    public static TheoryData<string> Codes() => new(RuleCatalog.Descriptors.Select(d => d.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_exists_and_names_the_rule(string code)
    {
        var path = RulePage.PathOf(code);
        Assert.True(File.Exists(path), $"docs/rules/{code}.md is missing");
        var page = File.ReadAllText(path);
        var descriptor = RuleCatalog.Find(code)!;
        Assert.StartsWith($"# {code} — ", page);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} |", page);
        Assert.Contains($"`{descriptor.Name}`", page);
        Assert.Contains("## Suppressing it", page);
        Assert.Contains("## Quick-fixes", page);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Examples_on_the_page_fail_and_pass_as_labelled(string code)
    {
        var page = File.ReadAllText(RulePage.PathOf(code));
        var examples = RulePage.Examples(page);
        Assert.Contains(examples, e => e.Fails);
        Assert.Contains(examples, e => !e.Fails);
        foreach (var (fails, text) in examples)
        {
            var analysis = Analyzer.AnalyzeText($"docs/rules/{code}.md", text);
            var shows = analysis.Diagnostics.Any(d => d.Code == code);
            Assert.True(shows == fails, $"The {(fails ? "failing" : "passing")} example of {code} {(shows ? "shows" : "does not show")} {code}:\n{text}\n{string.Join("\n", analysis.Diagnostics)}");
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Paragraph_rules_quote_their_paragraph_verbatim(string code)
    {
        var descriptor = RuleCatalog.Find(code)!;
        var path = RulePage.PathOf(code);
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (descriptor.Paragraph is null)
        {
            Assert.Null(RulePage.ResolutionParagraph(page));
            return;
        }

        Assert.Equal(descriptor.Paragraph, RulePage.ResolutionParagraph(page));
        var regenerated = RulePage.WithResolutionSection(page);
        if (Baseline.Updating)
        {
            File.WriteAllText(path, regenerated);
            return;
        }

        Assert.True(regenerated == page, $"The resolution section of docs/rules/{code}.md is not the shipped text; run the tests with CASEFILE_UPDATE_BASELINES=1 to regenerate it.");
    }
}
