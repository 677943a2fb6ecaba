using Casefile.Fixes;
using Casefile.Localization;
using static Casefile.Tests.Fixes.FixTesting;

namespace Casefile.Tests.Fixes;

/// <summary>A missing key inserted empty, to fill in: the diagnostic stays until the user states the fact.</summary>
public sealed class PlaceholderFixTests
{
    [Fact]
    public void Missing_kind_and_date_are_inserted_empty_after_the_attribute_list()
    {
        const string text = """
            # Case 1

            ### P-1 Bekov
            - role: witness

            ### E-1 Interrogation
            - person: P-1
            - proves: C-1

            Bekov stated that …

            ### C-1 Event
            - element: event
            """;
        var analysis = Analyze(text);
        var fix = Fix(analysis, "CF0010", FixKind.InsertPlaceholder);
        Assert.Equal("Add 'kind:', 'date:' to fill in", Title(fix));
        Assert.Equal("Добавить 'kind:', 'date:' для заполнения", Title(fix, Language.Ru));
        var fixedText = Apply(fix);
        Assert.Equal(text.Replace("- proves: C-1\n", "- proves: C-1\n- kind: \n- date: \n"), fixedText);

        // An empty value is absent: the evidence is still incomplete until the user fills it in.
        Assert.Single(Analyze(fixedText).Diagnostics, d => d.Code == "CF0010");
    }

    [Fact]
    public void Only_the_missing_key_is_inserted_in_the_files_language_under_a_heading_followed_by_prose()
    {
        const string text = """
            # Іс 1
            - тіл: kk

            ### E-1 Жауап алу
            Бековтың айғақтары …
            """;
        var analysis = Analyze(text);
        var fix = Fix(analysis, "CF0010", FixKind.InsertPlaceholder);
        Assert.Equal("Толтыру үшін 'түрі:', 'күні:' қосу", Title(fix, Language.Kk));
        var fixedText = Apply(fix);
        Assert.Equal(text.Replace("### E-1 Жауап алу\n", "### E-1 Жауап алу\n- түрі: \n- күні: \n\n"), fixedText);
        var after = Analyze(fixedText);
        Assert.Equal("түрі", after.Model.Evidence.Single().Attributes["kind"]!.Syntax.Key);
    }

    [Fact]
    public void The_ground_of_an_exclusion_is_offered_as_a_placeholder()
    {
        const string text = """
            # Case 1

            ### E-1 Search
            - kind: protocol
            - date: 2024-03-02
            - status: excluded
            """;
        var fixedText = Apply(Fix(Analyze(text), "CF0402", FixKind.InsertPlaceholder));
        Assert.EndsWith("- status: excluded\n- exclusion-ground: ", fixedText);
    }

    [Fact]
    public void The_competence_goes_to_the_specialist_in_the_file_that_defines_them()
    {
        var files = AnalyzeAll(
            ("/cases/a.case.md", "# Case 7\n- case: 7\n\n### P-4 Specialist\n- role: specialist\n"),
            ("/cases/b.case.md", "# Case 7\n- case: 7\n\n### E-1 Opinion\n- kind: specialist-opinion\n- person: P-4\n- date: 2024-03-02\n- proves: C-1\n\n### C-1 Event\n- element: event\n"));
        var fix = Fix(files[1], "CF1611", FixKind.InsertPlaceholder);
        Assert.Equal("Add 'competence:' to P-4 to fill in", Title(fix));
        Assert.Equal("/cases/a.case.md", Assert.Single(fix.Edits).Path);
        Assert.Equal("# Case 7\n- case: 7\n\n### P-4 Specialist\n- role: specialist\n- competence: \n", Apply(fix, "/cases/a.case.md"));
    }

    [Fact]
    public void Keys_that_would_excuse_a_violation_are_never_offered_even_empty()
    {
        var analysis = Analyze(NightInterrogation);
        foreach (var code in new[] { "CF1001", "CF1504", "CF1505" })
        {
            Assert.DoesNotContain(FixesOf(analysis, code), f => f.Kind == FixKind.InsertPlaceholder);
        }
    }

    [Fact]
    public void A_key_already_written_empty_is_not_inserted_again()
    {
        const string text = """
            # Case 1

            ### E-1 Search
            - kind: protocol
            - date: 2024-03-02
            - status: excluded
            - exclusion-ground:
            """;
        Assert.DoesNotContain(FixesOf(Analyze(text), "CF0402"), f => f.Kind == FixKind.InsertPlaceholder);
    }

    internal const string NightInterrogation = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ### P-1 Bekov Bolat
        - role: suspect

        ### P-7 Seitov Arman
        - role: investigator

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - lawyer: none
        - rights-explained: no
        - proves: C-1

        ### C-1 The event of the crime
        - element: event
        - charged: yes
        """;
}
