using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Tests.Rules.Paragraph22;

/// <summary>
/// Facts of the rules of paragraphs 22–26 that the case baselines do not show: related locations,
/// the messages in every language, and the readings of rules.md pinned one by one.
/// </summary>
public sealed class Paragraphs22To26Tests
{
    private static readonly string[] Codes =
        ["CF2201", "CF2202", "CF2203", "CF2204", "CF2205", "CF2206", "CF2301", "CF2302", "CF2311", "CF2312", "CF2313", "CF2401", "CF2402", "CF2501", "CF2601", "CF2602", "CF2603"];

    private const string Header = "# Criminal case 1\n- registered: 2024-03-01 10:15\n\n";

    private const string Prosecutor = "### P-5 Prosecutor\n- role: prosecutor\n- rank: regional-prosecutor\n\n";

    private const string Origin = "- origin-source: report\n- origin-method: observation\n- origin-conditions: in the street\n";

    private const string Circumstance = "### C-1 Event\n- element: event\n";

    private static IReadOnlyList<Diagnostic> Analyze(string text, RuleSettings? settings = null) =>
        Analyzer.AnalyzeText("test.case.md", text, settings).Diagnostics.ToList();

    private static IReadOnlyList<Diagnostic> Of(string code, string text, RuleSettings? settings = null) =>
        Analyze(text, settings).Where(d => d.Code == code).ToList();

    public static TheoryData<string> OwnCodes() => new(Codes);

    [Theory]
    [MemberData(nameof(OwnCodes))]
    public void Every_text_exists_in_every_language_with_the_same_placeholders(string code)
    {
        var names = Strings.Names().Where(n => n.StartsWith(code + "_", StringComparison.Ordinal)).ToList();
        Assert.Contains($"{code}_Title", names);
        Assert.Contains($"{code}_Message", names);
        foreach (var name in names)
        {
            var english = Placeholders(Strings.GetExact(name, Language.En)!);
            foreach (var language in new[] { Language.Kk, Language.Ru })
            {
                var text = Strings.GetExact(name, language);
                Assert.False(text is null, $"{name} has no {language} text");
                Assert.Equal(english, Placeholders(text!));
            }
        }
    }

    [Theory]
    [MemberData(nameof(OwnCodes))]
    public void Triggering_cases_format_in_every_language(string code)
    {
        var folder = Path.Combine(RepositoryPaths.Cases, code);
        var files = Directory.GetFiles(folder, "*.case.md").Order(StringComparer.Ordinal).ToList();
        var syntaxes = files.Select(f => Casefile.Syntax.CaseFileParser.Parse(f, File.ReadAllText(f))).ToList();
        var diagnostics = Analyzer.Analyze(syntaxes).Files.SelectMany(f => f.Diagnostics).Where(d => d.Code == code).ToList();
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Assert.NotNull(diagnostic.Entity);
            foreach (var language in Languages.All)
            {
                var text = diagnostic.Format(language);
                Assert.DoesNotContain("{", text);
                foreach (var related in diagnostic.Related)
                {
                    Assert.DoesNotContain("{", related.Message.Format(language));
                }
            }
        }
    }

    [Fact]
    public void CF2202_points_at_the_prosecutors_rank()
    {
        var text = Header + "### P-6 District\n- role: prosecutor\n- rank: district-prosecutor\n\n"
            + "### E-1 Interception\n- kind: operational-material\n- restricts-rights: phone\n- sanction-by: P-6\n- date: 2024-03-02\n" + Origin + "- proves: C-1\n\n" + Circumstance;
        var diagnostic = Assert.Single(Of("CF2202", text));
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(5, related.Range.Start.Line); // "- rank: district-prosecutor", zero-based
        Assert.Contains("P-6", related.Message.Format(Language.En));
    }

    [Theory]
    [InlineData("judge")]
    [InlineData("investigating-judge")]
    public void CF2204_counts_an_investigating_judge_as_a_judge_and_links_to_the_person(string role)
    {
        var text = Header + $"### P-20 Judge\n- role: {role}\n\n"
            + "### E-1 Surveillance\n- kind: operational-material\n- target: P-20\n- date: 2024-03-02 10:00\n" + Origin + "- proves: C-1\n\n" + Circumstance;
        var diagnostic = Assert.Single(Of("CF2204", text));
        Assert.Contains("P-20", Assert.Single(diagnostic.Related).Message.Format(Language.En));
    }

    [Theory]
    [InlineData("2024-03-05 10:00", "2024-03-06 10:00", false)]
    [InlineData("2024-03-05 10:00", "2024-03-06 10:01", true)]
    [InlineData("2024-03-05 10:00", "2024-03-05 09:00", false)]
    [InlineData("2024-03-05", "2024-03-06", false)]
    [InlineData("2024-03-05", "2024-03-07", true)]
    [InlineData("2024-03-05 23:00", "2024-03-06", false)]
    public void CF2203_late_sanction_only_when_certainly_more_than_24_hours(string resolution, string sanction, bool fires)
    {
        var text = Header + Prosecutor
            + $"### E-1 Urgent\n- kind: operational-material\n- restricts-rights: phone\n- urgent: perpetrator-hiding\n- urgent-resolution-date: {resolution}\n- prosecutor-notified: yes\n- sanction-by: P-5\n- sanction-date: {sanction}\n- date: 2024-03-05\n" + Origin + "- proves: C-1\n\n" + Circumstance;
        Assert.Equal(fires, Of("CF2203", text).Count == 1);
    }

    [Fact]
    public void CF2203_names_every_missing_condition_in_every_language()
    {
        var text = Header + "### E-1 Urgent\n- kind: operational-material\n- urgent: perpetrator-hiding\n- date: 2024-03-05\n" + Origin + "- proves: C-1\n\n" + Circumstance;
        var diagnostic = Assert.Single(Of("CF2203", text));
        foreach (var language in Languages.All)
        {
            var message = diagnostic.Format(language);
            Assert.Contains("'urgent-resolution-date'", message);
            Assert.Contains("'prosecutor-notified: yes'", message);
            Assert.Contains("'sanction-date'", message);
        }
    }

    [Fact]
    public void CF2603_names_the_codes_and_links_to_their_diagnostics()
    {
        var text = Header + "- stage: trial\n\n### E-1 Declared unlawful\n- kind: operational-material\n- declared-unlawful: yes\n- provocation: yes\n- date: 2024-03-02\n" + Origin
            + "- status: excluded\n- exclusion-ground: para 22\n- in-verdict: relied\n- proves: C-1\n\n" + Circumstance;
        var all = Analyze(text);
        var diagnostic = Assert.Single(all, d => d.Code == "CF2603");
        Assert.Contains("CF2206, CF2312", diagnostic.Format(Language.En));
        Assert.Contains("status: excluded", diagnostic.Format(Language.En));
        Assert.Equal(3, diagnostic.Related.Count);
        var violations = all.Where(d => d.Code is "CF2206" or "CF2312").Select(d => d.Span).ToList();
        Assert.Equal(violations, diagnostic.Related.Skip(1).Select(r => r.Span).ToList());
    }

    [Fact]
    public void CF2603_does_not_count_a_downgraded_error()
    {
        var text = Header + "- stage: trial\n\n### E-1 Declared unlawful\n- kind: operational-material\n- declared-unlawful: yes\n- date: 2024-03-02\n" + Origin
            + "- in-verdict: relied\n- proves: C-1\n\n" + Circumstance;
        Assert.Single(Of("CF2603", text));
        var settings = new RuleSettings(new Dictionary<string, RuleLevel> { ["CF2206"] = new(Severity.Warning) });
        Assert.Empty(Of("CF2603", text, settings));
    }

    [Fact]
    public void CF2302_and_CF2401_do_not_make_evidence_inadmissible()
    {
        var text = Header + "- stage: trial\n\n### E-1 Classified, complained of\n- kind: document\n- classified: yes\n- complaint: coercion\n- date: 2024-03-02\n"
            + "- in-verdict: relied\n- proves: C-1\n\n" + Circumstance;
        var all = Analyze(text);
        Assert.Contains(all, d => d.Code == "CF2302");
        Assert.Contains(all, d => d.Code == "CF2401");
        Assert.DoesNotContain(all, d => d.Code == "CF2603");
    }

    [Theory]
    [InlineData("pretrial", false)]
    [InlineData("trial", true)]
    [InlineData("appeal", true)]
    public void CF2601_and_CF2602_only_at_trial_or_appeal(string stage, bool fires)
    {
        var text = Header.Replace("\n\n", $"\n- stage: {stage}\n\n") + "### E-1 Document\n- kind: document\n- date: 2024-03-02\n- proves: C-1\n\n### A-1 Alibi\n- checked: no\n\n" + Circumstance;
        Assert.Equal(fires, Of("CF2601", text).Count == 1);
        Assert.Equal(fires, Of("CF2602", text).Count == 1);
    }

    [Fact]
    public void CF2202_does_not_flag_an_absent_rank()
    {
        var text = Header + "### P-6 Prosecutor\n- role: prosecutor\n\n"
            + "### E-1 Interception\n- kind: operational-material\n- restricts-rights: phone\n- sanction-by: P-6\n- date: 2024-03-02\n" + Origin + "- proves: C-1\n\n" + Circumstance;
        Assert.Empty(Of("CF2202", text));
    }

    private static List<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{[0-9]+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
}
