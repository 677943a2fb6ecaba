using Casefile.Fixes;
using Casefile.Localization;
using static Casefile.Tests.Fixes.FixTesting;

namespace Casefile.Tests.Fixes;

/// <summary>CF0006: the referenced entity is created in the right place, with nothing about it guessed.</summary>
public sealed class EntityCreationTests
{
    [Fact]
    public void A_person_is_created_after_the_last_person_with_an_empty_role()
    {
        const string text = """
            # Case 1
            - case: 1

            ## Persons

            ### P-1 Bekov Bolat
            - role: suspect

            ### P-7 Seitov Arman
            - role: investigator

            ## Evidence

            ### E-1 Interrogation
            - kind: testimony
            - person: P-1
            - lawyer: P-3
            - date: 2024-03-02
            """;
        var analysis = Analyze(text);
        var fix = Fix(analysis, "CF0006", FixKind.CreateEntity);
        Assert.Equal("Create person P-3", Title(fix));
        Assert.Equal("P-3 тұлғасын құру", Title(fix, Language.Kk));
        Assert.Equal("Создать лицо P-3", Title(fix, Language.Ru));

        var fixedText = Apply(fix);
        Assert.Equal(
            text.Replace("""
                - role: investigator

                ## Evidence
                """, """
                - role: investigator

                ### P-3 Full name
                - role: 

                ## Evidence
                """),
            fixedText);
        var after = Analyze(fixedText);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "CF0006");
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "CF0007");
    }

    [Fact]
    public void Without_entities_of_its_kind_it_goes_into_its_section()
    {
        const string text = """
            # Case 1

            ## Evidence

            ### E-1 Interrogation
            - kind: testimony
            - date: 2024-03-02
            - proves: C-1

            ## Circumstances

            ## Motions
            """;
        var fixedText = Apply(Fix(Analyze(text), "CF0006", FixKind.CreateEntity));
        Assert.Equal(
            text.Replace("## Circumstances\n", "## Circumstances\n\n### C-1 Circumstance to be proved\n- element: \n- charged: \n"),
            fixedText);
        Assert.DoesNotContain(Analyze(fixedText).Diagnostics, d => d.Code == "CF0006");
    }

    [Fact]
    public void Without_a_section_a_new_one_is_made_in_the_files_language_in_the_usual_order()
    {
        const string text = """
            # Дело 1
            - язык: ru

            ## Доказательства

            ### E-1 Допрос
            - вид: показания
            - дата: 2024-03-02
            - доказывает: C-1

            ## Ходатайства

            ### M-1 Ходатайство
            - тип: другое
            """;
        var analysis = Analyze(text);
        var fix = Fix(analysis, "CF0006", FixKind.CreateEntity);
        Assert.Equal("Создать обстоятельство C-1", Title(fix, Language.Ru));
        var fixedText = Apply(fix);
        Assert.Equal(
            text.Replace("## Ходатайства", "## Обстоятельства\n\n### C-1 Обстоятельство, подлежащее доказыванию\n- элемент: \n- вменено: \n\n## Ходатайства"),
            fixedText);
        Assert.DoesNotContain(Analyze(fixedText).Diagnostics, d => d.Code == "CF0006");
    }

    [Fact]
    public void A_file_without_sections_gets_the_entity_at_its_end_keeping_CRLF()
    {
        var text = Crlf("""
            # Case 1

            ### E-1 Interrogation
            - kind: testimony
            - date: 2024-03-02
            - contradicts: E-2

            """);
        var fixedText = Apply(Fix(Analyze(text), "CF0006", FixKind.CreateEntity));
        Assert.Equal(text + Crlf("\n### E-2 Title of the evidence item\n- kind: \n- date: \n"), fixedText);
    }

    [Fact]
    public void A_file_ending_without_a_line_break_still_gets_a_blank_line_before_the_new_heading()
    {
        const string text = "# Case 1\n\n### E-1 Interrogation\n- kind: testimony\n- date: 2024-03-02\n- proves: C-1";
        var fixedText = Apply(Fix(Analyze(text), "CF0006", FixKind.CreateEntity));
        Assert.Equal(text + "\n\n## Circumstances\n\n### C-1 Circumstance to be proved\n- element: \n- charged: \n", fixedText);
    }
}
