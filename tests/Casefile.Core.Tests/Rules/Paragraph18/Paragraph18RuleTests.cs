using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Tests.Rules.Paragraph18;

/// <summary>CF1801–CF1804: the related case keys, the choice among several interruptions, admissibility, messages in three languages.</summary>
public sealed class Paragraph18RuleTests
{
    private static IReadOnlyList<Diagnostic> Analyze(string text, string code) =>
        Analyzer.AnalyzeText("test.case.md", text).Diagnostics.Where(d => d.Code == code).ToList();

    [Fact]
    public void CF1801_points_at_the_date_and_relates_the_registered_key()
    {
        var diagnostic = Assert.Single(Analyze(
            """
            # Case 1
            - registered: 2024-03-01 10:15

            ### E-1 Certificate
            - kind: expert-opinion
            - date: 2024-02-28
            - proves: C-1

            ### C-1 Event
            - element: event
            """,
            "CF1801"));
        Assert.Equal("6:9-6:19", diagnostic.Range.ToString());
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("2:3-2:31", related.Range.ToString());
        Assert.Equal("the case was registered in the ERDR on 2024-03-01 10:15", related.Message.Format(Language.En));
    }

    [Fact]
    public void CF1801_makes_the_item_inadmissible()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            """
            # Case 1
            - registered: 2024-03-01

            ### E-1 Certificate
            - kind: expert-opinion
            - date: 2024-02-28
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        var evidence = Assert.Single(analysis.Model.Evidence);
        Assert.Contains("CF1801", analysis.AdmissibilityOf(evidence).Codes);
    }

    [Fact]
    public void CF1803_names_the_interruption_that_contains_the_date()
    {
        var diagnostic = Assert.Single(Analyze(
            """
            # Case 1
            - registered: 2024-03-01
            - interruption: 2024-04-01 .. 2024-04-10 (expertise)
            - interruption: 2024-05-01 .. 2024-05-10 (suspect-wanted)

            ### E-1 Certificate
            - kind: document
            - date: 2024-05-04
            - proves: C-1

            ### C-1 Event
            - element: event
            """,
            "CF1803"));
        Assert.Contains("2024-05-01 .. 2024-05-10, suspect-wanted", diagnostic.Message.Format(Language.En));
        Assert.Contains("подозреваемый-в-розыске", diagnostic.Message.Format(Language.Ru));
        Assert.Equal(4, Assert.Single(diagnostic.Related).Range.Start.Line + 1);
    }

    [Fact]
    public void CF1804_relates_both_ends_of_the_period_with_the_prosecutor()
    {
        var diagnostic = Assert.Single(Analyze(
            """
            # Case 1
            - registered: 2024-03-01
            - indictment-sent: 2024-04-28
            - sent-to-court: 2024-05-06

            ### E-1 Certificate
            - kind: document
            - date: 2024-05-02
            - proves: C-1

            ### C-1 Event
            - element: event
            """,
            "CF1804"));
        Assert.Equal([3, 4], diagnostic.Related.Select(r => r.Range.Start.Line + 1));
    }

    [Fact]
    public void CF1804_reports_familiarization_once_even_after_the_indictment()
    {
        var diagnostics = Analyze(
            """
            # Case 1
            - registered: 2024-03-01
            - familiarization: 2024-04-20 .. 2024-05-01
            - indictment-sent: 2024-04-28

            ### E-1 Certificate
            - kind: document
            - date: 2024-04-30
            - proves: C-1

            ### C-1 Event
            - element: event
            """,
            "CF1804");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(3, Assert.Single(diagnostic.Related).Range.Start.Line + 1);
    }

    [Theory]
    [InlineData("CF1801_Title")]
    [InlineData("CF1801_Message")]
    [InlineData("CF1801_RelatedRegistered")]
    [InlineData("CF1802_Title")]
    [InlineData("CF1802_Message")]
    [InlineData("CF1802_RelatedDeadline")]
    [InlineData("CF1803_Title")]
    [InlineData("CF1803_Message")]
    [InlineData("CF1803_NoReason")]
    [InlineData("CF1803_RelatedInterruption")]
    [InlineData("CF1804_Title")]
    [InlineData("CF1804_Message")]
    [InlineData("CF1804_WithProsecutor")]
    [InlineData("CF1804_NotYetInCourt")]
    [InlineData("CF1804_RelatedFamiliarization")]
    [InlineData("CF1804_RelatedIndictment")]
    [InlineData("CF1804_RelatedSentToCourt")]
    public void Texts_exist_in_every_language(string name) => MessageTexts.AssertInEveryLanguage(name);
}

/// <summary>Every text is written in English, Kazakh and Russian, with the same placeholders.</summary>
internal static class MessageTexts
{
    public static void AssertInEveryLanguage(string name)
    {
        var english = Strings.GetExact(name, Language.En);
        Assert.False(string.IsNullOrWhiteSpace(english), $"{name} has no English text");
        foreach (var language in new[] { Language.Kk, Language.Ru })
        {
            var text = Strings.GetExact(name, language);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{name} has no {language} text");
            Assert.Equal(Placeholders(english!), Placeholders(text!));
            Assert.NotEqual(english, text);
        }
    }

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).Distinct();
}
