using Casefile.Completion;
using Casefile.Localization;
using Casefile.Syntax;
using Casefile.Vocabulary;
using static Casefile.Tests.Completion.CompletionHarness;

namespace Casefile.Tests.Completion;

/// <summary>Keys after "- " in the attribute list of an entity or of the case.</summary>
public sealed class KeyCompletionTests
{
    private const string Persons = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ## Persons

        ### P-1 Bekov Bolat
        - role: suspect
        - lawyer: P-3

        ### P-3 Akhmetov Daniyar
        - role: defender

        ### P-7 Seitov Arman
        - role: investigator

        """;

    [Fact]
    public void After_a_bullet_in_an_evidence_item_every_evidence_key_is_offered_kind_first_with_its_documentation()
    {
        var result = Complete(Persons + "### E-1 Interrogation\n- ‸\n");
        var position = Assert.IsType<KeyPosition>(result.Position);
        Assert.Equal(EntityKind.Evidence, position.Owner);
        Assert.Equal(["kind", "person", "conducted-by", "date", "start", "end", "place", "lawyer"], result.Labels().Take(8));
        Assert.Equal(Keys.Evidence.Count, result.Candidates.Count);

        var kind = result.Single("kind");
        Assert.Equal(CandidateKind.Key, kind.Kind);
        Assert.Equal("kind: ", kind.InsertText);
        Assert.True(kind.OffersMoreAfter);
        Assert.Contains("Source of evidence", kind.Documentation);
        Assert.Contains("`testimony`, `expert-opinion`", kind.Documentation);
        Assert.Contains("`түрі` (kk)", kind.Documentation);
        Assert.Contains("`вид` (ru)", kind.Documentation);
        Assert.Equal("kind түрі вид", kind.FilterText);
        Assert.Equal("testimony | expert-opinion | specialist-opinion | physical-evidence | …", kind.Detail);
        Assert.Equal(Persons + "### E-1 Interrogation\n- kind: ‸\n", Accept(Persons + "### E-1 Interrogation\n- ‸\n", kind));
    }

    [Fact]
    public void Keys_already_given_are_not_offered_again_but_a_repeatable_one_is()
    {
        var evidence = Complete(Persons + "### E-1 Interrogation\n- kind: testimony\n- person: P-1\n- ‸\n");
        Assert.DoesNotContain("kind", evidence.Labels());
        Assert.DoesNotContain("person", evidence.Labels());
        Assert.Contains("conducted-by", evidence.Labels());

        var caseKeys = Complete("# Case 1\n- case: 1\n- interruption: 2024-03-05 .. 2024-03-18\n- ‸\n");
        Assert.DoesNotContain("case", caseKeys.Labels());
        Assert.Contains("interruption", caseKeys.Labels());
        Assert.Contains("May be given more than once.", caseKeys.Single("interruption").Documentation);
    }

    [Fact]
    public void The_order_follows_the_evidence_kind_and_the_person_role()
    {
        var opinion = Complete(Persons + "### E-2 Expert opinion\n- kind: expert-opinion\n- ‸\n");
        Assert.Equal(["person", "appointed-by", "appointment-resolution", "date"], opinion.Labels().Take(4));

        var prosecutor = Complete("# Case 1\n\n### P-9 Prosecutor\n- role: prosecutor\n- ‸\n");
        Assert.Equal(["rank", "authorized"], prosecutor.Labels().Take(2));
    }

    [Fact]
    public void A_partly_typed_key_is_replaced_whole()
    {
        const string text = "# Case 1\n\n### E-1 Search\n- kind: protocol\n- rig‸\n";
        var result = Complete(text);
        var candidate = result.Single("rights-explained");
        Assert.Equal("# Case 1\n\n### E-1 Search\n- kind: protocol\n- rights-explained: ‸\n", Accept(text, candidate));
    }

    [Fact]
    public void Inside_an_existing_key_only_the_key_is_replaced_and_its_own_key_is_offered()
    {
        const string text = "# Case 1\n\n### E-1 Search\n- ki‸nd: protocol\n";
        var result = Complete(text);
        var position = Assert.IsType<KeyPosition>(result.Position);
        Assert.True(position.HasColon);
        var kind = result.Single("kind");
        Assert.Equal("kind", kind.InsertText);
        Assert.False(kind.OffersMoreAfter);
        Assert.Equal("# Case 1\n\n### E-1 Search\n- kind‸: protocol\n", Accept(text, kind));
        Assert.Equal("# Case 1\n\n### E-1 Search\n- action‸: protocol\n", Accept(text, result.Single("action")));
    }

    [Fact]
    public void A_bare_bullet_is_completed_to_a_whole_attribute()
    {
        const string text = "# Case 1\n\n### C-1 The event\n-‸";
        var result = Complete(text);
        Assert.True(Assert.IsType<KeyPosition>(result.Position).BulletOnly);
        Assert.Equal(["element", "charged"], result.Labels());
        var element = result.Single("element");
        Assert.Equal("- element элементі түрі элемент вид", element.FilterText);
        Assert.Equal("# Case 1\n\n### C-1 The event\n- element: ‸", Accept(text, element));
        Assert.Equal("# Case 1\n\n### C-1 The event\n* charged: ‸", Accept(text.Replace("-‸", "*‸"), Complete(text.Replace("-‸", "*‸")).Single("charged")));
    }

    [Fact]
    public void Case_keys_are_offered_under_the_level_1_heading()
    {
        var result = Complete("# Criminal case 7\n- case: 7\n- ‸\n\n## Persons\n");
        Assert.Equal(EntityKind.Case, Assert.IsType<KeyPosition>(result.Position).Owner);
        Assert.Equal(["language", "procedure", "stage", "registered"], result.Labels().Take(4));
    }

    [Fact]
    public void Lists_in_prose_and_sections_without_an_id_get_no_keys()
    {
        Assert.Null(Complete("# Case 1\n\n### P-1 Bekov\n- role: suspect\n\nHe said:\n- ‸\n").Position);
        Assert.Null(Complete("# Case 1\n\n### P-1 Bekov\nSome prose first.\n- ‸\n").Position);
        Assert.Null(Complete("# Case 1\n\n## Persons\n- ‸\n").Position);
        Assert.Null(Complete("# Case 1\n- case: 1\n\nThe story.\n- ‸\n").Position);
        Assert.Null(Complete("# Case 1\n\n### P-1 Bekov\n- Bekov stated ‸\n").Position);
    }

    [Fact]
    public void Blank_lines_lazy_continuations_and_suppressions_keep_the_attribute_list_open()
    {
        const string text = "# Case 1\n\n### E-1 Search\n\n- kind: protocol\n- exclusion-ground: a long\n  text continued\n<!-- casefile-ignore CF0401: checked -->\n\n- ‸\n";
        Assert.IsType<KeyPosition>(Complete(text).Position);
    }

    [Fact]
    public void A_file_whose_language_is_kazakh_gets_kazakh_keys_that_also_match_the_english_spelling()
    {
        const string text = "# Іс 1\n- тіл: kk\n\n### E-1 Жауап алу\n- түрі: айғақ\n- ‸\n";
        var result = Complete(text, Language.Ru);
        var person = result.Single("тұлға");
        Assert.Equal("тұлға: ", person.InsertText);
        Assert.Equal("тұлға person лицо", person.FilterText);
        Assert.Equal("person · лицо", person.Description);
        Assert.DoesNotContain("түрі", result.Labels());
        Assert.StartsWith("Чьи это показания", person.Documentation);
        Assert.Contains("Значение — идентификатор: лицо (P-).", person.Documentation);
    }

    [Fact]
    public void A_file_without_a_language_key_is_written_in_the_language_of_its_keys()
    {
        var result = Complete("# Дело 1\n- дело: 1\n- зарегистрировано: 2024-03-01\n\n### P-1 Беков\n- роль: подозреваемый\n- ‸\n");
        Assert.Contains("защитник", result.Labels());
        Assert.Equal(Language.Ru, WritingLanguage.Of(CaseFileParser.Parse("a.case.md", "# Дело\n- дело: 1\n- язык: ru\n")));
        Assert.Equal(Language.En, WritingLanguage.Of(CaseFileParser.Parse("a.case.md", "# Case\n")));
        Assert.Equal(Language.Kk, WritingLanguage.Of(CaseFileParser.Parse("a.case.md", "# Іс\n- іс: 1\n\n### P-1 А\n- рөлі: куә\n")));
    }

    [Fact]
    public void Documentation_speaks_the_readers_language_and_cites_the_paragraphs()
    {
        var result = Complete(Persons + "### E-1 Interrogation\n- ‸\n", Language.Kk);
        var lawyer = result.Single("lawyer");
        Assert.Contains("`defender`", lawyer.Documentation);
        Assert.Contains("`none`", lawyer.Documentation);
        Assert.Contains("№ 4 нормативтік қаулының тармақтары: 10.", lawyer.Documentation);
        Assert.Equal("P- (defender) | none", lawyer.Detail);
    }
}
