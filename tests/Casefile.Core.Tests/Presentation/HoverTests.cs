using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Presentation;
using Casefile.Resolution;
using Casefile.Syntax;
using static Casefile.Tests.Presentation.HoverSamples;

namespace Casefile.Tests.Presentation;

/// <summary>What a reader sees over each kind of element, without any editor protocol.</summary>
public sealed class HoverTests
{
    private static readonly string Paragraph10Sentence = ResolutionTexts.Kazakh["10"].Text.Split("\n\n")[2];
    private static readonly string Paragraph10Note = ResolutionTexts.Kazakh["10"].AmendmentNotes[0];

    [Fact]
    public void A_diagnostic_shows_the_rule_the_fact_the_Kazakh_paragraph_with_its_notes_then_the_unofficial_translation()
    {
        var hover = Hover(NightInterrogation, "rights-explained: no", Language.En, shift: 19)!;
        var text = hover.Content;

        Assert.Equal("no", Covered(NightInterrogation, hover.Span));
        Assert.StartsWith("[**CF1001**](docs/rules/CF1001.md) **Suspect's testimony without a lawyer and without rights explained** · error · resolution No. 4, para 10", text, StringComparison.Ordinal);
        Assert.Contains("E-1: the testimony of P-1 (suspect) was given without a lawyer", text, StringComparison.Ordinal);
        Assert.Contains("official text in Kazakh:", text, StringComparison.Ordinal);
        Assert.Contains("> " + Paragraph10Sentence, text, StringComparison.Ordinal);
        Assert.StartsWith("Ескерту.", Paragraph10Note, StringComparison.Ordinal);
        Assert.Contains($"> *{Paragraph10Note}*", text, StringComparison.Ordinal);
        Assert.Contains("*Unofficial translation into English (not an official text of the resolution):*", text, StringComparison.Ordinal);
        Assert.Contains("> " + ResolutionTexts.Get(Language.En)["10"].Text.Split("\n\n")[2], text, StringComparison.Ordinal);

        // The order a reader needs: rule, fact, official text, translation.
        Assert.True(text.IndexOf("CF1001", StringComparison.Ordinal) < text.IndexOf(Paragraph10Sentence, StringComparison.Ordinal));
        Assert.True(text.IndexOf(Paragraph10Note, StringComparison.Ordinal) < text.IndexOf("Unofficial translation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Russian_reader_gets_the_Russian_translation_marked_unofficial()
    {
        var text = Hover(NightInterrogation, "rights-explained: no", Language.Ru, shift: 19)!.Content;
        Assert.Contains("**Показания подозреваемого без адвоката и без разъяснения прав** · ошибка · постановление № 4, п. 10", text, StringComparison.Ordinal);
        Assert.Contains("официальный текст на казахском языке", text, StringComparison.Ordinal);
        Assert.Contains("> " + Paragraph10Sentence, text, StringComparison.Ordinal);
        Assert.Contains(Paragraph10Note, text, StringComparison.Ordinal);
        Assert.Contains("*Неофициальный перевод на русский язык (не является официальным текстом постановления):*", text, StringComparison.Ordinal);
        Assert.Contains(ResolutionTexts.Get(Language.Ru)["10"].Text.Split("\n\n")[2], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Kazakh_reader_reads_the_official_text_without_a_translation()
    {
        var text = Hover(NightInterrogation, "rights-explained: no", Language.Kk, shift: 19)!.Content;
        Assert.Contains("· қате · № 4 нормативтік қаулы, 10-тармақ", text, StringComparison.Ordinal);
        Assert.Contains("қазақ тіліндегі ресми мәтін:", text, StringComparison.Ordinal);
        Assert.Contains(Paragraph10Sentence, text, StringComparison.Ordinal);
        Assert.Contains(Paragraph10Note, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ресми емес аударма", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ResolutionTexts.Get(Language.Ru)["10"].Text.Split("\n\n")[2], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_rule_shows_the_rule_and_the_fact_only()
    {
        const string text = """
            # Case 1
            - case: 1

            ### E-2 A note
            - kind: document
            - date: 2024-03-05
            - colour: red
            - proves: C-1

            ### C-1 The event
            - element: event
            """;
        var hover = Hover(text, "colour", Language.En)!;
        Assert.Equal("colour", Covered(text, hover.Span));
        Assert.Equal(
            "[**CF0002**](docs/rules/CF0002.md) **Unknown key** · warning · format rule\n\n'colour' is not a key of an evidence item (E-); the value is ignored.",
            hover.Content);
    }

    [Fact]
    public void Several_diagnostics_at_one_place_come_most_severe_first_then_the_entity()
    {
        const string text = """
            # Case 1
            - case: 1

            ### E-2 A note
            - date: 2024-03-05
            """;
        var hover = Hover(text, "E-2", Language.En)!;
        var content = hover.Content;
        Assert.Equal("E-2", Covered(text, hover.Span));
        var error = content.IndexOf("CF0010", StringComparison.Ordinal);
        var warning = content.IndexOf("CF0401", StringComparison.Ordinal);
        var entity = content.IndexOf("**E-2** A note · Evidence item", StringComparison.Ordinal);
        Assert.True(error >= 0 && warning > error && entity > warning, content);
        Assert.Contains("\n\n---\n\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_diagnostics_of_one_paragraph_quote_it_once()
    {
        var file = Analyze(NightInterrogation);
        var both = file.Diagnostics.Where(d => d.Code is "CF1504" or "CF1505").ToList();
        Assert.Equal(2, both.Count);
        var writer = new MarkupWriter(MarkupFormat.Markdown);
        RuleHover.WriteDiagnostics(writer, both, new HoverRequest(file, 0, Language.En, MarkupFormat.Markdown));
        var content = writer.ToString();
        var sentence = ResolutionTexts.Kazakh["15"].Text.Split("\n\n")[0];
        Assert.Contains("CF1504", content, StringComparison.Ordinal);
        Assert.Contains("CF1505", content, StringComparison.Ordinal);
        Assert.Equal(content.IndexOf(sentence, StringComparison.Ordinal), content.LastIndexOf(sentence, StringComparison.Ordinal));
        Assert.True(content.IndexOf(sentence, StringComparison.Ordinal) > 0);
    }

    [Fact]
    public void A_key_shows_its_meaning_value_spellings_and_paragraphs_in_the_readers_language()
    {
        var hover = Hover(NightInterrogation, "- conducted-by", Language.Ru, shift: 3)!;
        Assert.Equal("conducted-by", Covered(NightInterrogation, hover.Span));
        Assert.Equal(
            "**`провел`** (`conducted-by`) · ключ доказательства (E-)\n\n"
            + "Кто провёл действие или получил доказательство.\n\n"
            + "Значение: ссылка на лицо (P-)\n\n"
            + "Варианты написания: `conducted-by` (англ.) · `жүргізген` (каз.) · `провел`, `проводил` (рус.)\n\n"
            + "Пункты постановления № 4: 15",
            hover.Content);
    }

    [Fact]
    public void A_key_with_an_enumeration_lists_its_values_as_the_reader_writes_them()
    {
        var en = Hover(NightInterrogation, "- role", Language.En, shift: 3)!.Content;
        Assert.Contains("Procedural role of the person.", en, StringComparison.Ordinal);
        Assert.Contains("Value: one of `suspect`, `accused`, `defendant`", en, StringComparison.Ordinal);

        var kk = Hover(NightInterrogation, "- role", Language.Kk, shift: 3)!.Content;
        Assert.Contains("**`рөлі`** (`role`) · тұлға кілті (P-)", kk, StringComparison.Ordinal);
        Assert.Contains("Мәні: `күдікті`, `айыпталушы`, `сотталушы`", kk, StringComparison.Ordinal);
        Assert.Contains("мәндерінің бірі", kk, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enumerated_value_shows_its_forms_and_what_it_means()
    {
        var hover = Hover(NightInterrogation, "place: street", Language.En, shift: 9)!;
        Assert.Equal("street", Covered(NightInterrogation, hover.Span));
        var element = hover.Content[(hover.Content.IndexOf("---", StringComparison.Ordinal) + 5)..];
        Assert.Equal(
            "**`street`** · value of `place`\n\n"
            + "A place not established by law for an interrogation: testimony taken here is inadmissible, except in cases that brook no delay (para 15).\n\n"
            + "Spellings: `street` (en) · `көше` (kk) · `улица` (ru)",
            element);

        var ru = Hover(NightInterrogation, "role: suspect", Language.Ru, shift: 8)!.Content;
        Assert.StartsWith("**`подозреваемый`** (`suspect`) · значение ключа `роль`", ru, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evidence_ID_summarises_the_item_and_names_the_codes_that_make_it_inadmissible()
    {
        var hover = Hover(NightInterrogation, "### E-1", Language.En, shift: 5)!;
        Assert.Equal("E-1", Covered(NightInterrogation, hover.Span));
        Assert.Contains("**E-1** Interrogation of the suspect · Evidence item", hover.Content, StringComparison.Ordinal);
        Assert.Contains("- kind: testimony", hover.Content, StringComparison.Ordinal);
        Assert.Contains("- start: 2024-03-02 23:10", hover.Content, StringComparison.Ordinal);
        Assert.Contains("- person: [P-1](file:///cases/a.case.md#L5) Bekov Bolat", hover.Content, StringComparison.Ordinal);
        Assert.Contains("**Inadmissible:** `CF1001` Suspect's testimony without a lawyer and without rights explained; `CF1503`", hover.Content, StringComparison.Ordinal);
        Assert.Contains("`CF1504` Interrogation at night", hover.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_circumstance_ID_counts_the_admissible_items_that_prove_it()
    {
        var hover = Hover(NightInterrogation, "proves: C-1", Language.Ru, shift: 9)!;
        Assert.Equal("C-1", Covered(NightInterrogation, hover.Span));
        Assert.Contains("**C-1** The event of the crime · Обстоятельство, подлежащее доказыванию", hover.Content, StringComparison.Ordinal);
        Assert.Contains("- элемент: событие", hover.Content, StringComparison.Ordinal);
        Assert.Contains("**Подтверждающих его допустимых доказательств: 0 из 1**", hover.Content, StringComparison.Ordinal);
        Assert.Contains("Interrogation of the suspect — недопустимо: CF1001, CF1503, CF1504, CF1505", hover.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_admissible_item_says_so()
    {
        const string text = """
            # Case 1
            - case: 1

            ### E-3 Protocol of inspection
            - kind: document
            - date: 2024-03-05
            - proves: C-1

            ### C-1 The event
            - element: event
            """;
        Assert.Contains("\n\n**Admissible**", Hover(text, "E-3", Language.En)!.Content, StringComparison.Ordinal);
        Assert.Contains("**Жарамды**", Hover(text, "E-3", Language.Kk)!.Content, StringComparison.Ordinal);
        Assert.Contains("**Admissible evidence proving it: 1 of 1**", Hover(text, "proves: C-1", Language.En, shift: 9)!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excluded_item_is_inadmissible_by_its_status()
    {
        const string text = """
            # Case 1
            - case: 1

            ### E-3 Protocol
            - kind: document
            - date: 2024-03-05
            - status: excluded
            - exclusion-ground: forged
            """;
        Assert.Contains("**Inadmissible:** excluded from the evidence", Hover(text, "E-3", Language.En)!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_defined_in_another_file_of_the_case_is_summarised_with_where_it_is()
    {
        const string persons = """
            # Case 7
            - case: 7

            ## Persons

            ### P-3 Akhmetov Daniyar
            - role: defender
            """;
        const string evidence = """
            # Case 7
            - case: 7

            ### E-1 Interrogation
            - kind: testimony
            - date: 2024-03-02
            - lawyer: P-3
            - proves: C-1

            ### C-1 The event
            - element: event
            """;
        var result = Analyzer.Analyze([CaseFileParser.Parse("/cases/persons.case.md", persons), CaseFileParser.Parse("/cases/evidence.case.md", evidence)]);
        var hover = Hover(result.Files[1], "lawyer: P-3", Language.En, shift: 9, caseFiles: result.Files)!;
        Assert.Equal("P-3", Covered(evidence, hover.Span));
        Assert.Equal(
            "**P-3** Akhmetov Daniyar · Person\n\n- role: defender\n\nDefined in [`persons.case.md`](file:///cases/persons.case.md#L6), line 6",
            hover.Content);
    }

    [Fact]
    public void An_ID_in_prose_is_summarised_and_an_undefined_one_says_so()
    {
        var mention = Hover(NightInterrogation, "; P-7", Language.En, shift: 3)!;
        Assert.Equal("P-7", Covered(NightInterrogation, mention.Span));
        Assert.Equal("**P-7** Seitov Arman · Person\n\n- role: investigator", mention.Content);

        var text = NightInterrogation + "\n\nSee also P-9.\n";
        var undefined = Hover(text, "P-9", Language.Ru)!;
        Assert.Equal("**P-9** · Этот идентификатор в деле нигде не определён.", undefined.Content);
    }

    [Fact]
    public void Plain_prose_and_headings_without_problems_have_no_hover()
    {
        Assert.Null(Hover(NightInterrogation, "evening", Language.En));
        Assert.Null(Hover(NightInterrogation, "Seitov", Language.En));
        Assert.Null(Hover(NightInterrogation, "Criminal case", Language.En));
    }

    [Fact]
    public void A_suppressed_code_shows_its_rule()
    {
        const string text = """
            # Case 1
            - case: 1

            <!-- casefile-ignore CF1504: agreed with the defence -->
            ### E-3 Protocol
            - kind: document
            - date: 2024-03-05
            - proves: C-1
            """;
        var hover = Hover(text, "CF1504", Language.Ru)!;
        Assert.Equal("CF1504", Covered(text, hover.Span));
        Assert.Equal(
            "[**CF1504**](docs/rules/CF1504.md) **Допрос в ночное время** · ошибка · постановление № 4, п. 15\n\nЗдесь отключено этим комментарием.",
            hover.Content);
    }

    [Fact]
    public void The_reason_of_an_interruption_is_a_value_too()
    {
        const string text = """
            # Case 1
            - case: 1
            - interruption: 2024-04-01 .. 2024-04-10 (expertise)
            """;
        var hover = Hover(text, "expertise", Language.Ru)!;
        Assert.Equal("expertise", Covered(text, hover.Span));
        Assert.StartsWith("**`экспертиза`** (`expertise`) · значение ключа `прерывание-срока`", hover.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_has_no_Markdown_but_keeps_the_text_and_the_rule_page()
    {
        var text = Hover(NightInterrogation, "rights-explained: no", Language.En, shift: 19, format: MarkupFormat.PlainText)!.Content;
        Assert.StartsWith("CF1001 Suspect's testimony without a lawyer and without rights explained · error · resolution No. 4, para 10", text, StringComparison.Ordinal);
        Assert.Contains("\n\n" + Paragraph10Sentence + "\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\n" + Paragraph10Note + "\n\n", text, StringComparison.Ordinal);
        Assert.Contains("Rule page: docs/rules/CF1001.md", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_from_the_file_cannot_inject_Markdown()
    {
        const string text = """
            # Case 1
            - case: 1

            ### P-1 *Bold* [link](http://x) `code` <b>
            - role: witness

            Mentioned: P-1.
            """;
        var hover = Hover(text, "Mentioned: P-1", Language.En, shift: 12)!;
        Assert.Equal("**P-1** \\*Bold\\* \\[link\\](http://x) \\`code\\` \\<b\\> · Person\n\n- role: witness", hover.Content);
    }
}
