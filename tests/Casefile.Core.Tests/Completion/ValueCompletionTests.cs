using Casefile.Completion;
using Casefile.Localization;
using Casefile.Syntax;
using Casefile.Vocabulary;
using static Casefile.Tests.Completion.CompletionHarness;

namespace Casefile.Tests.Completion;

/// <summary>Values after "key: ": enumerations, IDs of the right class from the whole case, words such as none, date templates.</summary>
public sealed class ValueCompletionTests
{
    private const string Case = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ### P-1 Bekov Bolat
        - role: suspect
        - lawyer: P-3

        ### P-2 Nurova Aliya
        - role: defender

        ### P-3 Akhmetov Daniyar
        - role: defender

        ### P-7 Seitov Arman
        - role: investigator

        ### P-8 Omarov Yerlan
        - role: prosecutor

        ### P-9 Witness Without Role

        ### C-1 The event of the crime
        - element: event

        ### C-2 Guilt of Bekov
        - element: guilt

        ### C-3 Damage

        """;

    [Fact]
    public void After_an_enumerated_key_its_values_are_offered_in_order()
    {
        const string text = Case + "### E-1 Interrogation\n- kind: ‸\n";
        var result = Complete(text);
        Assert.Equal(["testimony", "expert-opinion", "specialist-opinion", "physical-evidence", "protocol", "document", "audio-video", "operational-material", "covert-action-result"], result.Labels());
        var testimony = result.Single("testimony");
        Assert.Equal(CandidateKind.Value, testimony.Kind);
        Assert.Equal("testimony айғақ айғақтар показания", testimony.FilterText);
        Assert.Equal(Case + "### E-1 Interrogation\n- kind: testimony‸\n", Accept(text, testimony));
    }

    [Fact]
    public void Right_after_the_colon_the_value_comes_with_its_space()
    {
        const string text = Case + "### E-1 Interrogation\n- rights-explained:‸\n";
        var result = Complete(text);
        Assert.Equal(["yes", "no"], result.Labels());
        Assert.Equal(Case + "### E-1 Interrogation\n- rights-explained: no‸\n", Accept(text, result.Single("no")));
    }

    [Fact]
    public void A_partly_typed_value_is_replaced_and_its_comment_kept()
    {
        const string text = Case + "### E-1 Interrogation\n- place: off‸ice (room 305)\n";
        var office = Complete(text).Single("office");
        Assert.Equal(Case + "### E-1 Interrogation\n- place: office‸ (room 305)\n", Accept(text, office));
    }

    [Fact]
    public void Values_are_offered_in_the_files_language_with_the_other_spellings_beside_them()
    {
        var result = Complete("# Дело 1\n- язык: ru\n\n### E-1 Допрос\n- вид: ‸\n");
        var testimony = result.Single("показания");
        Assert.Equal("testimony · айғақ", testimony.Description);
        Assert.Contains("заключение-эксперта", result.Labels());
    }

    [Fact]
    public void After_lawyer_only_defenders_and_none_are_offered()
    {
        var result = Complete(Case + "### P-4 Second suspect\n- role: suspect\n- lawyer: ‸\n");
        Assert.Equal(["P-2", "P-3", "none"], result.Labels());
        var defender = result.Single("P-3");
        Assert.Equal(CandidateKind.Reference, defender.Kind);
        Assert.Equal("Akhmetov Daniyar", defender.Detail);
        Assert.Equal("defender", defender.Description);
        Assert.Equal("P-3 Akhmetov Daniyar", defender.FilterText);
        Assert.Equal("```markdown\n### P-3 Akhmetov Daniyar\n- role: defender\n```", defender.Documentation);
    }

    [Fact]
    public void An_evidence_items_lawyer_puts_the_defender_of_its_person_first()
    {
        var result = Complete(Case + "### E-1 Interrogation\n- kind: testimony\n- person: P-1\n- lawyer: ‸\n");
        Assert.Equal(["P-3", "P-2", "none"], result.Labels());
        Assert.True(result.Single("P-3").Preselect);
    }

    [Fact]
    public void After_sanction_by_only_prosecutors()
    {
        var result = Complete(Case + "### E-5 Phone interception\n- kind: covert-action-result\n- sanction-by: ‸\n");
        Assert.Equal(["P-8", "none"], result.Labels());
    }

    [Fact]
    public void Officials_come_first_for_who_conducted_it()
    {
        var result = Complete(Case + "### E-1 Interrogation\n- conducted-by: ‸\n");
        Assert.Equal(["P-7", "P-8", "P-1", "P-2", "P-3", "P-9"], result.Labels());
    }

    [Fact]
    public void After_proves_circumstances_and_after_a_comma_those_not_yet_listed()
    {
        var first = Complete(Case + "### E-1 Interrogation\n- proves: ‸\n");
        Assert.Equal(["C-1", "C-2", "C-3"], first.Labels());
        Assert.Equal("event", first.Single("C-1").Description);

        const string text = Case + "### E-1 Interrogation\n- proves: C-1,‸ C-3\n";
        var next = Complete(text);
        Assert.Equal(["C-2"], next.Labels());
        Assert.Equal(Case + "### E-1 Interrogation\n- proves: C-1, C-2,‸ C-3\n", Accept(text, next.Single("C-2")));
    }

    [Fact]
    public void A_list_of_enumerated_values_leaves_out_those_already_listed()
    {
        var result = Complete(Case + "### E-5 Search\n- restricts-rights: home, ‸\n");
        Assert.Equal(["privacy", "correspondence", "phone", "post"], result.Labels());
    }

    [Fact]
    public void An_item_never_refers_to_itself()
    {
        var result = Complete(Case + "### E-1 First\n- kind: expert-opinion\n\n### E-2 Second\n- kind: expert-opinion\n- preferred-over: ‸\n");
        Assert.Equal(["E-1"], result.Labels());
    }

    [Fact]
    public void Ids_come_from_every_file_of_the_case_in_the_folder()
    {
        const string other = "# Criminal case 245100031000123 — evidence\n- case: 245100031000123\n\n### C-9 Mitigating\n- element: mitigating\n";
        var result = Complete(Case + "### E-1 Interrogation\n- proves: ‸\n", otherFiles: ("/case/evidence.case.md", other));
        Assert.Equal(["C-1", "C-2", "C-3", "C-9"], result.Labels());
        Assert.Contains("Defined in `evidence.case.md`.", result.Single("C-9").Documentation);

        var elsewhere = Complete(Case + "### E-1 Interrogation\n- proves: ‸\n", otherFiles: ("/other/evidence.case.md", other));
        Assert.DoesNotContain("C-9", elsewhere.Labels());
    }

    [Fact]
    public void Source_of_knowledge_offers_its_words_first_then_persons_and_evidence()
    {
        var result = Complete(Case + "### E-1 Interrogation\n- source-of-knowledge: ‸\n");
        Assert.Equal(["personal", "hearsay-unknown", "assumption", "P-1"], result.Labels().Take(4));
        Assert.DoesNotContain("E-1", result.Labels());
    }

    [Fact]
    public void A_text_key_that_allows_none_offers_none_in_the_files_language()
    {
        var result = Complete("# Іс 1\n- тіл: kk\n\n### E-1 Сараптама\n- тағайындау-қаулысы: ‸\n");
        Assert.Equal(["жоқ"], result.Labels());
        Assert.Empty(Complete(Case + "### E-1 X\n- exclusion-ground: ‸\n").Candidates);
    }

    [Fact]
    public void Date_keys_get_templates_with_placeholders_never_a_date()
    {
        const string text = Case + "### E-1 Interrogation\n- start: ‸\n";
        var result = Complete(text);
        Assert.Equal(["YYYY-MM-DD HH:MM", "YYYY-MM-DD"], result.Labels());
        var template = result.Single("YYYY-MM-DD HH:MM");
        Assert.True(template.IsSnippet);
        Assert.Equal("${1:YYYY-MM-DD} ${2:HH:MM}", template.InsertText);
        Assert.Equal("date and time", template.Detail);

        Assert.Equal(["YYYY-MM-DD", "YYYY-MM-DD HH:MM"], Complete(Case.Replace("- registered", "- deadline: ‸\n- registered", StringComparison.Ordinal)).Labels());
        Assert.Empty(Complete(text, snippets: false).Candidates);
    }

    [Fact]
    public void The_end_of_an_action_is_offered_the_day_it_started_with_the_time_to_type()
    {
        var result = Complete(Case + "### E-1 Interrogation\n- start: 2024-03-02 23:10\n- end: ‸\n");
        var sameDay = result.Single("2024-03-02 HH:MM");
        Assert.Equal("2024-03-02 ${1:HH:MM}", sameDay.InsertText);
        Assert.Equal("the day given in 'start'", sameDay.Detail);
        Assert.Equal("2024-03-02 HH:MM", result.Labels()[0]);
    }

    [Fact]
    public void Templates_follow_a_file_that_writes_its_dates_with_dots()
    {
        var result = Complete("# Дело 1\n- язык: ru\n- зарегистрировано: 01.03.2024 10:15\n- срок: 01.05.2024\n\n### E-1 Допрос\n- начало: ‸\n", Language.Ru);
        Assert.Equal(["DD.MM.YYYY HH:MM", "DD.MM.YYYY"], result.Labels());
        Assert.Equal("дата и время", result.Single("DD.MM.YYYY HH:MM").Detail);
    }

    [Fact]
    public void Interruptions_get_a_period_template_and_inside_parentheses_the_reasons()
    {
        var period = Complete("# Case 1\n- interruption: ‸\n");
        Assert.Equal(["YYYY-MM-DD .. YYYY-MM-DD", "YYYY-MM-DD .. YYYY-MM-DD (…)"], period.Labels());
        Assert.Equal("${1:YYYY-MM-DD} .. ${2:YYYY-MM-DD} (${3|international-assistance,expertise,suspect-wanted,other|})", period.Single("YYYY-MM-DD .. YYYY-MM-DD (…)").InsertText);

        const string text = "# Case 1\n- interruption: 2024-03-05 .. 2024-03-18 (exp‸\n";
        var reasons = Complete(text);
        Assert.Equal(["international-assistance", "expertise", "suspect-wanted", "other"], reasons.Labels());
        Assert.Equal("# Case 1\n- interruption: 2024-03-05 .. 2024-03-18 (expertise‸\n", Accept(text, reasons.Single("expertise")));
    }

    [Fact]
    public void A_space_after_a_written_value_offers_nothing()
    {
        Assert.Null(Complete(Case + "### E-1 X\n- place: office ‸\n").Position);
        Assert.Null(Complete(Case + "### E-1 X\n- proves: C-1 ‸\n").Position);
        Assert.NotNull(Complete(Case + "### E-1 X\n- proves: C-1, ‸\n").Position);
    }

    [Fact]
    public void An_unknown_key_or_a_free_text_key_offers_nothing()
    {
        Assert.Null(Complete(Case + "### E-1 X\n- colour: ‸\n").Position);
        Assert.Empty(Complete(Case + "### E-1 X\n- question: ‸\n").Candidates);
    }

    [Fact]
    public void The_language_key_offers_the_three_languages()
    {
        Assert.Equal(["kk", "ru", "en"], Complete("# Case 1\n- language: ‸\n").Labels());
        Assert.Equal(Language.Ru, WritingLanguage.Of(CaseFileParser.Parse("a", "# Дело\n- язык: русский\n")));
    }
}
