using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Rules.Paragraph16;
using Casefile.Syntax;

namespace Casefile.Tests.Rules.Paragraph15_17;

/// <summary>
/// CF1501–CF1503, CF1505, CF1601–CF1605, CF1611, CF1612, CF1621, CF1701, CF1702: related
/// locations, admissibility, boundaries and the messages in three languages.
/// </summary>
public sealed class Paragraphs15To17RuleTests
{
    private static IReadOnlyList<Diagnostic> Analyze(string text, string code) =>
        Analyzer.AnalyzeText("test.case.md", text).Diagnostics.Where(d => d.Code == code).ToList();

    private static string Interrogation(string start, string end, string extra = "") =>
        $"""
        # Case 1

        ### P-1 Witness
        - role: witness

        ### E-1 Interrogation
        - kind: testimony
        - person: P-1
        - start: {start}
        - end: {end}{extra}
        - proves: C-1

        ### C-1 Event
        - element: event
        """;

    [Theory]
    [InlineData("2024-03-02 10:00", "2024-03-02 14:00", false)]
    [InlineData("2024-03-02 10:00", "2024-03-02 14:01", true)]
    [InlineData("2024-03-02 20:00", "2024-03-03 00:00", false)]
    [InlineData("2024-03-02 20:00", "2024-03-03 00:01", true)]
    [InlineData("2024-03-02", "2024-03-03", false)]
    [InlineData("2024-03-02", "2024-03-03 03:59", false)]
    [InlineData("2024-03-02", "2024-03-03 04:00", true)]
    public void CF1505_four_hours_is_strict(string start, string end, bool fires) =>
        Assert.Equal(fires, Analyze(Interrogation(start, end), "CF1505").Count == 1);

    [Fact]
    public void CF1505_names_the_duration_in_each_language_and_relates_the_start()
    {
        var diagnostic = Assert.Single(Analyze(Interrogation("2024-03-02 09:00", "2024-03-02 14:30"), "CF1505"));
        Assert.Equal("10:8-10:24", diagnostic.Range.ToString());
        Assert.Contains("5 h 30 min", diagnostic.Message.Format(Language.En));
        Assert.Contains("5 сағ 30 мин", diagnostic.Message.Format(Language.Kk));
        Assert.Contains("5 ч 30 мин", diagnostic.Message.Format(Language.Ru));
        Assert.Contains(diagnostic.Related, r => r.Range.ToString() == "9:3-9:26");
    }

    [Fact]
    public void CF1505_is_excused_by_urgent()
    {
        Assert.Empty(Analyze(Interrogation("2024-03-02 09:00", "2024-03-02 14:30", "\n- urgent: trace-destruction"), "CF1505"));
    }

    [Fact]
    public void CF1502_relates_the_role_of_the_interrogator_and_makes_the_testimony_inadmissible()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            """
            # Case 1

            ### P-1 Witness
            - role: witness

            ### P-2 Operative
            - role: operative

            ### E-1 Interrogation
            - kind: testimony
            - person: P-1
            - conducted-by: P-2
            - date: 2024-03-02 10:00
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == "CF1502");
        Assert.Equal("12:17-12:20", diagnostic.Range.ToString());
        Assert.Equal("7:3-7:18", diagnostic.Related[0].Range.ToString());
        Assert.Equal("P-2: who conducted the interrogation", diagnostic.Related[0].Message.Format(Language.En));
        Assert.Contains("(жедел-қызметкер)", diagnostic.Message.Format(Language.Kk));
        Assert.Contains("CF1502", analysis.AdmissibilityOf(analysis.Model.Evidence.Single()).Codes);
    }

    [Fact]
    public void CF1601_reports_both_faults_of_one_opinion_on_their_own_attributes()
    {
        var diagnostics = Analyze(
            """
            # Case 1

            ### P-2 Operative
            - role: operative

            ### E-1 Opinion
            - kind: expert-opinion
            - appointed-by: P-2
            - appointment-resolution: none
            - date: 2024-03-02 10:00
            - proves: C-1

            ### C-1 Event
            - element: event
            """,
            "CF1601");
        Assert.Equal(["8:17-8:20", "9:27-9:31"], diagnostics.Select(d => d.Range.ToString()));
    }

    [Theory]
    [InlineData("What was the cause of death?", "what  was the CAUSE of death")]
    [InlineData("  Какова причина смерти?.. ", "какова причина смерти")]
    [InlineData("Ещё вопрос", "еще вопрос")]
    [InlineData("Қай уақытта?", "қай уақытта")]
    public void CF1605_normalises_case_white_space_trailing_punctuation_and_yo(string a, string b) =>
        Assert.Equal(CF1605ConflictingExpertOpinions.Normalize(a), CF1605ConflictingExpertOpinions.Normalize(b));

    [Theory]
    [InlineData("Was it a knife?", "Was it a gun?")]
    [InlineData("cause of death", "cause of the death")]
    public void CF1605_does_not_normalise_wording(string a, string b) =>
        Assert.NotEqual(CF1605ConflictingExpertOpinions.Normalize(a), CF1605ConflictingExpertOpinions.Normalize(b));

    [Fact]
    public void CF1605_reports_on_the_later_file_of_the_case_and_relates_the_earlier_conclusion()
    {
        var first = CaseFileParser.Parse(
            "a.case.md",
            """
            # Case 1
            - case: 1

            ### E-1 First opinion
            - kind: expert-opinion
            - question: Cause of death?
            - conclusion: trauma
            - date: 2024-03-02 10:00
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        var second = CaseFileParser.Parse(
            "b.case.md",
            """
            # Case 1
            - case: 1

            ### E-2 Second opinion
            - kind: expert-opinion
            - question: cause of death
            - conclusion: poisoning
            - date: 2024-03-05 10:00
            - proves: C-1
            """);
        var result = Analyzer.Analyze([second, first]);
        Assert.DoesNotContain(result.Files.Single(f => f.Path == "a.case.md").Diagnostics, d => d.Code == "CF1605");
        var diagnostic = Assert.Single(result.Files.Single(f => f.Path == "b.case.md").Diagnostics, d => d.Code == "CF1605");
        Assert.Equal("7:15-7:24", diagnostic.Range.ToString());
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("a.case.md", related.Path);
        Assert.Equal("7:3-7:21", related.Range.ToString());
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.True(result.Files.Single(f => f.Path == "b.case.md").AdmissibilityOf(result.Files[1].Model.Evidence.Single()).IsAdmissible);
    }

    [Fact]
    public void CF1605_preference_needs_a_reason()
    {
        const string Template =
            """
            # Case 1

            ### E-1 First opinion
            - kind: expert-opinion
            - question: Cause of death?
            - conclusion: trauma
            - date: 2024-03-02 10:00
            - proves: C-1{0}

            ### E-2 Second opinion
            - kind: expert-opinion
            - question: Cause of death?
            - conclusion: poisoning
            - date: 2024-03-05 10:00
            - proves: C-1

            ### C-1 Event
            - element: event
            """;
        var withoutReason = Assert.Single(Analyze(string.Format(Template, "\n- preferred-over: E-2"), "CF1605"));
        Assert.Contains("E-1 is preferred over E-2 ('preferred-over') but no reason is given", withoutReason.Message.Format(Language.En));
        Assert.Empty(Analyze(string.Format(Template, "\n- preferred-over: E-2\n- preference-reason: fuller examination"), "CF1605"));
    }

    [Fact]
    public void CF1603_and_CF1604_are_warnings_that_leave_the_opinion_admissible()
    {
        var analysis = Analyzer.AnalyzeText(
            "test.case.md",
            """
            # Case 1

            ### E-1 Opinion
            - kind: expert-opinion
            - contains-confession: yes
            - packaging: broken
            - date: 2024-03-02 10:00
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        Assert.Equal(2, analysis.Diagnostics.Count(d => d.Code is "CF1603" or "CF1604" && d.Severity == Severity.Warning));
        Assert.True(analysis.AdmissibilityOf(analysis.Model.Evidence.Single()).IsAdmissible);
    }

    [Fact]
    public void CF1611_reads_conducted_by_only_when_person_is_absent_and_it_is_a_specialist()
    {
        const string Template =
            """
            # Case 1

            ### P-1 Specialist
            - role: specialist

            ### P-2 Investigator
            - role: investigator

            ### E-1 Opinion
            - kind: specialist-opinion
            {0}
            - date: 2024-03-02 10:00
            - proves: C-1

            ### C-1 Event
            - element: event
            """;
        var viaConductor = Assert.Single(Analyze(string.Format(Template, "- conducted-by: P-1"), "CF1611"));
        Assert.Equal("11:17-11:20", viaConductor.Range.ToString());
        Assert.Empty(Analyze(string.Format(Template, "- conducted-by: P-2"), "CF1611"));
        var viaPerson = Assert.Single(Analyze(string.Format(Template, "- person: P-1\n- conducted-by: P-2"), "CF1611"));
        Assert.Equal("11:11-11:14", viaPerson.Range.ToString());
        Assert.Equal("3:5-3:19", Assert.Single(viaPerson.Related).Range.ToString());
    }

    [Fact]
    public void CF1701_points_at_the_heading_the_key_or_the_value()
    {
        const string Template =
            """
            # Case 1

            ### E-1 Knife
            - kind: physical-evidence
            - date: 2024-03-02 10:00
            - proves: C-1{0}

            ### C-1 Event
            - element: event
            """;
        Assert.Equal("3:5-3:14", Assert.Single(Analyze(string.Format(Template, string.Empty), "CF1701")).Range.ToString());
        Assert.Equal("7:3-7:27", Assert.Single(Analyze(string.Format(Template, "\n- recognized-by-resolution:"), "CF1701")).Range.ToString());
        Assert.Equal("7:29-7:33", Assert.Single(Analyze(string.Format(Template, "\n- recognized-by-resolution: none"), "CF1701")).Range.ToString());
        Assert.Empty(Analyze(string.Format(Template, "\n- recognized-by-resolution: resolution of 03.03.2024"), "CF1701"));
    }
}
