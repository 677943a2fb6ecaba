using Casefile.Completion;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;
using static Casefile.Tests.Completion.CompletionHarness;

namespace Casefile.Tests.Completion;

/// <summary>New entities at the start of a line: heading with the next free ID of the case and the key skeleton.</summary>
public sealed class EntitySnippetTests
{
    private const string Case = """
        # Criminal case 245100031000123
        - case: 245100031000123

        ## Persons

        ### P-1 Bekov Bolat
        - role: suspect

        ### P-7 Seitov Arman
        - role: investigator

        ## Evidence

        ### E-1 Interrogation
        - kind: testimony
        - proves: C-1, C-4

        ### C-1 The event
        - element: event

        """;

    [Fact]
    public void A_blank_line_offers_each_new_entity_with_the_next_free_id()
    {
        var result = Complete(Case + "‸\n");
        Assert.IsType<LineStartPosition>(result.Position);
        Assert.Equal(
            ["C-4: referenced in E-1 but not defined yet", "New person P-8", "New evidence item E-2", "New testimony E-2 (interrogation)", "New circumstance C-5", "New motion M-1", "New defence argument A-1"],
            result.Labels());
    }

    [Fact]
    public void The_snippet_writes_the_heading_and_the_keys_with_tab_stops_and_choices()
    {
        const string text = Case + "‸\n";
        var evidence = Complete(text).Single("New evidence item E-2");
        Assert.Equal(CandidateKind.Entity, evidence.Kind);
        Assert.True(evidence.IsSnippet);
        Assert.Equal(
            "### E-2 ${1:Description}\n- kind: ${2|testimony,expert-opinion,specialist-opinion,physical-evidence,protocol,document,audio-video,operational-material,covert-action-result|}\n- person: ${3}\n- conducted-by: ${4}\n- date: ${5}\n- proves: ${6}\n$0",
            evidence.InsertText);
        Assert.Equal("### E-2", evidence.Detail);
        Assert.StartsWith("```markdown\n### E-2 Description\n- kind: \n", evidence.Documentation);
        Assert.Equal(Case + "### E-2 Description\n- kind: testimony\n- person: \n- conducted-by: \n- date: \n- proves: \n‸\n", Accept(text, evidence));
    }

    [Fact]
    public void Yes_no_keys_and_references_stay_empty_for_the_user_to_fill()
    {
        var testimony = Complete(Case + "‸\n").Single("New testimony E-2 (interrogation)");
        Assert.Contains("- kind: testimony\n", testimony.InsertText);
        Assert.Contains("- rights-explained: ${8}\n", testimony.InsertText);
        Assert.Contains("- lawyer: ${7}\n", testimony.InsertText);
    }

    [Fact]
    public void Typed_hashes_are_replaced_and_a_typed_level_is_kept()
    {
        const string text = Case + "##‸\n";
        var person = Complete(text).Single("New person P-8");
        Assert.Equal("### P-8 Surname Name\n- role: suspect\n‸\n", Accept(text, person)[Case.Length..]);
        Assert.StartsWith("### P-8", person.FilterText);

        var level4 = Complete(Case + "#### ‸\n").Single("New person P-8");
        Assert.StartsWith("#### P-8 ", level4.InsertText);
    }

    [Fact]
    public void The_heading_level_follows_the_file()
    {
        Assert.StartsWith("## P-1 ", Complete("# Case 1\n\n‸").Single("New person P-1").InsertText);
        Assert.StartsWith("### M-1 ", Complete("# Case 1\n\n## Motions\n\n‸").Single("New motion M-1").InsertText);
        Assert.StartsWith("#### C-1 ", Complete("# Case 1\n\n#### E-1 X\n- kind: protocol\n\n‸").Single("New circumstance C-1").InsertText);
    }

    [Fact]
    public void In_a_kazakh_file_the_keys_values_and_texts_are_kazakh()
    {
        var result = Complete("# Іс 1\n- тіл: kk\n\n## Тұлғалар\n\n‸", Language.Kk);
        var person = result.Single("Жаңа тұлға P-1");
        Assert.Equal("### P-1 ${1:Тегі Аты}\n- рөлі: ${2|күдікті,айыпталушы,сотталушы,жәбірленуші,куә,қорғауға-құқығы-бар-куә,қорғаушы,тергеуші,анықтаушы,прокурор,судья,тергеу-судьясы,сарапшы,маман,куәгер,жедел-қызметкер,жеке-айыптаушы,заңды-өкіл,аудармашы|}\n$0", person.InsertText);
        Assert.Contains("- түрі: айғақ\n", result.Single("Жаңа айғақ E-1 (жауап алу)").InsertText);
    }

    [Fact]
    public void Without_snippet_support_the_skeleton_is_plain_text()
    {
        var circumstance = Complete(Case + "‸\n", snippets: false).Single("New circumstance C-5");
        Assert.False(circumstance.IsSnippet);
        Assert.Equal("### C-5 \n- element: \n- charged: \n", circumstance.InsertText);
    }

    [Fact]
    public void Nothing_is_offered_in_the_middle_of_a_line_or_on_a_heading()
    {
        Assert.Null(Complete(Case + "Bekov said ‸that\n").Position);
        Assert.Null(Complete(Case + "### E-2 Title‸\n").Position);
        Assert.Null(Complete(Case + "‸### E-2 Title\n").Position);
        Assert.Null(Complete(Case + "---‸\n").Position);
    }

    [Fact]
    public void The_next_free_id_counts_every_file_of_the_case_and_every_reference()
    {
        var files = ModelBuilder.Build(
        [
            CaseFileParser.Parse("/c/a.case.md", "# A\n- case: 5\n\n### P-2 X\n- lawyer: P-6\n"),
            CaseFileParser.Parse("/c/b.case.md", "# B\n- case: 5\n\n### P-4 Y\n### E-9 Z\n- proves: C-2\n"),
        ]);
        var group = files[0].Group;
        Assert.Equal(new EntityId('P', 7), NextFreeId.For(group, 'P'));
        Assert.Equal(new EntityId('E', 10), NextFreeId.For(group, 'E'));
        Assert.Equal(new EntityId('M', 1), NextFreeId.For(group, 'M'));
        Assert.Equal([new EntityId('P', 6)], NextFreeId.Undefined(group, 'P').Select(u => u.Id));
        Assert.Equal("E-9", NextFreeId.Undefined(group, 'C').Single().ReferencedBy!.Id.ToString());
    }
}
