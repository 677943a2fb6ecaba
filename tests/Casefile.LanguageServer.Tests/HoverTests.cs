using System.Text.Json;
using System.Text.Json.Nodes;
using Casefile.Localization;
using Casefile.Resolution;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// textDocument/hover over stdio, as an editor shows it: on a diagnostic the rule, the fact, the
/// paragraph verbatim in Kazakh with its "Ескерту" notes and the unofficial translation; on a key
/// its meaning and values; on a value its spellings; on an ID the entity and its admissibility,
/// wherever in the case it is defined; nothing over plain prose.
/// </summary>
public sealed class HoverTests
{
    private const string Case = """
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
        - place: street
        - lawyer: none
        - rights-explained: no
        - proves: C-1

        Bekov stated that on the evening of 28 February he was at home; P-7 recorded it.

        <!-- casefile-ignore CF1902: the protocol is signed on paper -->
        ### E-2 Protocol of the scene inspection
        - kind: protocol
        - action: scene-inspection
        - date: 2024-03-01 12:00
        - proves: C-1

        ### C-1 The event of the crime
        - element: event
        - charged: yes

        ### M-1 Motion to exclude E-1
        - type: exclude-evidence
        - target: E-1
        - filed-by: P-3
        - form: written
        - grounds: a night interrogation without a lawyer
        """;

    /// <summary>Another file of the same case (same folder, same case number) that defines the defender.</summary>
    private const string Persons = """
        # Criminal case 245100031000123
        - case: 245100031000123

        ## Persons

        ### P-3 Akhmetov Daniyar
        - role: defender
        """;

    private static readonly string Paragraph10Sentence = ResolutionTexts.Kazakh["10"].Text.Split("\n\n")[2];
    private static readonly string Paragraph10Note = ResolutionTexts.Kazakh["10"].AmendmentNotes[0];

    [Fact]
    public async Task The_server_announces_hover()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync();
        Assert.True(result.GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task On_a_diagnostic_in_English_the_rule_the_fact_the_Kazakh_paragraph_with_its_notes_then_the_unofficial_translation()
    {
        await using var session = await Session.OpenAsync("en");
        var diagnostics = await session.Client.WaitForDiagnosticsAsync(session.Uri, p => p.GetProperty("diagnostics").GetArrayLength() > 0);
        var cf1001 = diagnostics.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CF1001");
        var href = cf1001.GetProperty("codeDescription").GetProperty("href").GetString()!;

        var hover = await session.HoverAsync("rights-explained: no", 18);
        var (kind, value) = Contents(hover);

        Assert.Equal("markdown", kind);
        Assert.Equal(RangeOf(session.Text, "rights-explained: no", 18, "no"), Range(hover));
        Assert.StartsWith($"[**CF1001**]({href}) **Suspect's testimony without a lawyer and without rights explained** · error · resolution No. 4, para 10", value, StringComparison.Ordinal);
        Assert.Contains("E-1: the testimony of P-1 (suspect)", value, StringComparison.Ordinal);
        Assert.Contains("Paragraph 10 of the normative resolution of the Supreme Court of the Republic of Kazakhstan No. 4 of 20 April 2006, official text in Kazakh:", value, StringComparison.Ordinal);
        Assert.Contains("> " + Paragraph10Sentence, value, StringComparison.Ordinal);
        Assert.StartsWith("Ескерту. 10-тармаққа", Paragraph10Note, StringComparison.Ordinal);
        Assert.Contains($"> *{Paragraph10Note}*", value, StringComparison.Ordinal);
        Assert.Contains("*Unofficial translation into English (not an official text of the resolution):*", value, StringComparison.Ordinal);
        Assert.Contains("> " + ResolutionTexts.Get(Language.En)["10"].Text.Split("\n\n")[2], value, StringComparison.Ordinal);
        Assert.True(value.IndexOf(Paragraph10Note, StringComparison.Ordinal) < value.IndexOf("Unofficial translation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_diagnostic_in_Russian_the_translation_is_Russian_and_marked_unofficial()
    {
        await using var session = await Session.OpenAsync("ru");
        var (_, value) = Contents(await session.HoverAsync("rights-explained: no", 18));
        Assert.Contains("**Показания подозреваемого без адвоката и без разъяснения прав** · ошибка · постановление № 4, п. 10", value, StringComparison.Ordinal);
        Assert.Contains("E-1: показания P-1 (подозреваемый) даны в отсутствие адвоката", value, StringComparison.Ordinal);
        Assert.Contains("Пункт 10 нормативного постановления Верховного Суда Республики Казахстан от 20 апреля 2006 года № 4, официальный текст на казахском языке:", value, StringComparison.Ordinal);
        Assert.Contains("> " + Paragraph10Sentence, value, StringComparison.Ordinal);
        Assert.Contains($"> *{Paragraph10Note}*", value, StringComparison.Ordinal);
        Assert.Contains("*Неофициальный перевод на русский язык (не является официальным текстом постановления):*", value, StringComparison.Ordinal);
        Assert.Contains(ResolutionTexts.Get(Language.Ru)["10"].Text.Split("\n\n")[2], value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_diagnostic_in_Kazakh_the_official_text_needs_no_translation()
    {
        await using var session = await Session.OpenAsync("kk");
        var (_, value) = Contents(await session.HoverAsync("rights-explained: no", 18));
        Assert.Contains("· қате · № 4 нормативтік қаулы, 10-тармақ", value, StringComparison.Ordinal);
        Assert.Contains("қазақ тіліндегі ресми мәтін:", value, StringComparison.Ordinal);
        Assert.Contains("> " + Paragraph10Sentence, value, StringComparison.Ordinal);
        Assert.Contains($"> *{Paragraph10Note}*", value, StringComparison.Ordinal);
        Assert.DoesNotContain("аударма", value, StringComparison.Ordinal);
        Assert.DoesNotContain(ResolutionTexts.Get(Language.Ru)["10"].Text.Split("\n\n")[2], value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_language_key_decides_over_the_editor_locale()
    {
        await using var session = await Session.OpenAsync("en", Case.Replace("- case: 245100031000123\n- registered", "- case: 245100031000123\n- language: ru\n- registered", StringComparison.Ordinal));
        var (_, value) = Contents(await session.HoverAsync("rights-explained: no", 18));
        Assert.Contains("Неофициальный перевод на русский язык", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_format_problem_the_rule_and_the_fact_only()
    {
        await using var session = await Session.OpenAsync("en", Case.Replace("- place: street", "- colour: red", StringComparison.Ordinal));
        var hover = await session.HoverAsync("colour", 2);
        var (_, value) = Contents(hover);
        Assert.Equal(RangeOf(session.Text, "colour", 0, "colour"), Range(hover));
        Assert.EndsWith("**Unknown key** · warning · format rule\n\n'colour' is not a key of an evidence item (E-); the value is ignored.", value, StringComparison.Ordinal);
        Assert.DoesNotContain("Ескерту", value, StringComparison.Ordinal);
        Assert.DoesNotContain("translation", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_diagnostics_at_one_place_come_most_severe_first()
    {
        const string text = """
            # Case 1
            - case: 1

            ### E-5 A note
            - date: 2024-03-05
            """;
        await using var session = await Session.OpenAsync("en", text);
        var hover = await session.HoverAsync("E-5", 1);
        var (_, value) = Contents(hover);
        Assert.Equal(RangeOf(text, "E-5", 0, "E-5"), Range(hover));
        var error = value.IndexOf("**CF0010**", StringComparison.Ordinal);
        var warning = value.IndexOf("**CF0401**", StringComparison.Ordinal);
        var summary = value.IndexOf("**E-5** A note · Evidence item", StringComparison.Ordinal);
        Assert.True(error >= 0 && warning > error && summary > warning, value);
    }

    [Fact]
    public async Task On_a_key_its_meaning_values_spellings_and_paragraphs_in_the_readers_language()
    {
        await using var en = await Session.OpenAsync("en");
        var hover = await en.HoverAsync("- place", 3);
        Assert.Equal(RangeOf(en.Text, "- place", 2, "place"), Range(hover));
        Assert.Equal(
            "**`place`** · evidence key (E-)\n\n"
            + "Where it was obtained.\n\n"
            + "Value: one of `office`, `court`, `detention-facility`, `hospital`, `scene`, `person-home`, `street`, `cafe`, `foreign-apartment`, `other-locality`\n\n"
            + "Spellings: `place` (en) · `орны` (kk) · `место` (ru)\n\n"
            + "Resolution No. 4, paragraphs: 15, 18",
            Contents(hover).Value);

        await using var ru = await Session.OpenAsync("ru");
        var (_, value) = Contents(await ru.HoverAsync("- role", 3));
        Assert.StartsWith("**`роль`** (`role`) · ключ лица (P-)\n\nПроцессуальная роль лица.\n\nЗначение: одно из значений `подозреваемый`, `обвиняемый`", value, StringComparison.Ordinal);
        Assert.Contains("Варианты написания: `role` (англ.) · `рөлі`, `мәртебесі` (каз.) · `роль`, `статус` (рус.)", value, StringComparison.Ordinal);
        Assert.Contains("Пункты постановления № 4: 10, 12, 15, 16, 21, 22, 25", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_written_in_Russian_is_found_and_its_range_counts_UTF16()
    {
        const string text = """
            # Дело 1
            - дело: 1

            ### E-4 Протокол
            - вид: протокол
            - дата: 2024-03-05
            - доказывает: C-1

            ### C-1 Событие
            - элемент: событие
            """;
        await using var session = await Session.OpenAsync("kk", text);
        var hover = await session.HoverAsync("- вид", 3);
        Assert.Equal(RangeOf(text, "- вид", 2, "вид"), Range(hover));
        Assert.StartsWith("**`түрі`** (`kind`) · дәлелдеме кілті (E-)\n\nДәлелдеме көзі.", Contents(hover).Value, StringComparison.Ordinal);

        var value = await session.HoverAsync("элемент: событие", 12);
        Assert.Equal(RangeOf(text, "элемент: событие", 9, "событие"), Range(value));
        Assert.StartsWith("**`оқиға`** (`event`) · `элементі` кілтінің мәні\n\nҚылмыстық құқық бұзушылық оқиғасы", Contents(value).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_an_enumerated_value_its_forms_and_meaning()
    {
        await using var session = await Session.OpenAsync("ru");
        var hover = await session.HoverAsync("place: street", 9);
        var (_, value) = Contents(hover);
        Assert.Equal(RangeOf(session.Text, "place: street", 7, "street"), Range(hover));
        Assert.StartsWith("[**CF1503**]", value, StringComparison.Ordinal);
        Assert.EndsWith(
            "---\n\n**`улица`** (`street`) · значение ключа `место`\n\n"
            + "Не установленное законом место допроса: полученные здесь показания недопустимы, за исключением случаев, не терпящих отлагательства (п. 15).\n\n"
            + "Варианты написания: `street` (англ.) · `көше` (каз.) · `улица` (рус.)",
            value,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_an_evidence_ID_its_facts_and_the_codes_that_make_it_inadmissible()
    {
        await using var session = await Session.OpenAsync("en");
        var hover = await session.HoverAsync("### E-1", 5);
        var (_, value) = Contents(hover);
        Assert.Equal(RangeOf(session.Text, "### E-1", 4, "E-1"), Range(hover));
        Assert.StartsWith("**E-1** Interrogation of the suspect · Evidence item\n\n- kind: testimony\n- start: 2024-03-02 23:10\n- end: 2024-03-03 04:30\n", value, StringComparison.Ordinal);
        Assert.Contains("- person: [P-1](", value, StringComparison.Ordinal);
        Assert.Contains("**Inadmissible:** `CF1001` ", value, StringComparison.Ordinal);
        Assert.Contains("`CF1503` Interrogation at a place not established by law", value, StringComparison.Ordinal);
        Assert.Contains("`CF1504` Interrogation at night", value, StringComparison.Ordinal);

        await using var kk = await Session.OpenAsync("kk");
        var (_, kazakh) = Contents(await kk.HoverAsync("### E-1", 5));
        Assert.Contains("- түрі: айғақ", kazakh, StringComparison.Ordinal);
        Assert.Contains("**Жарамсыз:** `CF1001` ", kazakh, StringComparison.Ordinal);
        Assert.Contains("`CF1504` Түнгі уақытта жауап алу", kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_circumstance_how_many_admissible_items_prove_it()
    {
        await using var session = await Session.OpenAsync("ru");
        var hover = await session.HoverAsync("proves: C-1", 9);
        var (_, value) = Contents(hover);
        Assert.Equal(RangeOf(session.Text, "proves: C-1", 8, "C-1"), Range(hover));
        Assert.Contains("**C-1** The event of the crime · Обстоятельство, подлежащее доказыванию\n\n- элемент: событие\n- вменено: да", value, StringComparison.Ordinal);
        Assert.Contains("**Подтверждающих его допустимых доказательств: 1 из 2**", value, StringComparison.Ordinal);
        Assert.Contains("Interrogation of the suspect — недопустимо: CF1001, CF1503, CF1504, CF1505", value, StringComparison.Ordinal);
        Assert.Contains("Protocol of the scene inspection — допустимо", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_reference_to_an_entity_of_another_file_of_the_case_its_summary_and_where_it_is_defined()
    {
        await using var session = await Session.OpenAsync("en");
        var hover = await session.HoverAsync("filed-by: P-3", 11);
        var (_, value) = Contents(hover);
        var personsUri = session.Workspace.UriOf("persons.case.md");
        Assert.Equal(RangeOf(session.Text, "filed-by: P-3", 10, "P-3"), Range(hover));
        Assert.Equal(
            "**P-3** Akhmetov Daniyar · Person\n\n- role: defender\n\n"
            + $"Defined in [`persons.case.md`]({personsUri}#L6), line 6",
            value);
    }

    [Fact]
    public async Task On_an_ID_in_prose_the_entity_summary()
    {
        await using var session = await Session.OpenAsync("en");
        var hover = await session.HoverAsync("; P-7", 3);
        Assert.Equal(RangeOf(session.Text, "; P-7", 2, "P-7"), Range(hover));
        Assert.Equal("**P-7** Seitov Arman · Person\n\n- role: investigator", Contents(hover).Value);
    }

    [Fact]
    public async Task On_a_suppressed_code_the_rules_title()
    {
        await using var session = await Session.OpenAsync("ru");
        var hover = await session.HoverAsync("CF1902", 2);
        var (_, value) = Contents(hover);
        Assert.Equal(RangeOf(session.Text, "CF1902", 0, "CF1902"), Range(hover));
        Assert.Matches(@"^\[\*\*CF1902\*\*\]\([^)]+\) \*\*[^*]+\*\* · предупреждение · постановление № 4, п\. 19\n\nЗдесь отключено этим комментарием\.$", value);
    }

    [Fact]
    public async Task Plain_prose_and_blank_lines_have_no_hover()
    {
        await using var session = await Session.OpenAsync("en");
        Assert.Equal(JsonValueKind.Null, (await session.HoverAsync("evening of", 3)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await session.HoverAsync("Interrogation of the suspect", 5)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await session.HoverAsync("\n\n### P-7", 1)).ValueKind);
    }

    [Fact]
    public async Task A_client_without_Markdown_gets_plain_text()
    {
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["textDocument"]!["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("plaintext") };
        await using var session = await Session.OpenAsync("en", capabilities: capabilities);
        var (kind, value) = Contents(await session.HoverAsync("rights-explained: no", 18));
        Assert.Equal("plaintext", kind);
        Assert.StartsWith("CF1001 Suspect's testimony without a lawyer and without rights explained · error · resolution No. 4, para 10", value, StringComparison.Ordinal);
        Assert.Contains("\n\n" + Paragraph10Sentence + "\n\n", value, StringComparison.Ordinal);
        Assert.Contains("\n\n" + Paragraph10Note + "\n\n", value, StringComparison.Ordinal);
        Assert.Contains("Unofficial translation into English", value, StringComparison.Ordinal);
        Assert.Contains("Rule page: ", value, StringComparison.Ordinal);
        Assert.DoesNotContain("**", value, StringComparison.Ordinal);
        Assert.DoesNotContain("\n> ", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_edit_the_hover_reads_the_new_text()
    {
        await using var session = await Session.OpenAsync("en");
        var line = LineOf(session.Text, "- place: street");
        await session.Client.EditAsync(session.Uri, 2, line, 9, line, 15, "office");
        var text = session.Text.Replace("- place: street", "- place: office", StringComparison.Ordinal);
        var hover = await session.Client.RequestAsync("textDocument/hover", Params(session.Uri, text, "place: office", 9));
        var (_, value) = Contents(hover);
        Assert.StartsWith("**`office`** · value of `place`", value, StringComparison.Ordinal);
        Assert.DoesNotContain("CF1503", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_the_server_does_not_know_has_no_hover()
    {
        await using var session = await Session.OpenAsync("en");
        var hover = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = session.Workspace.UriOf("missing.case.md") }, position = new { line = 0, character = 0 } });
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
    }

    private static (string Kind, string Value) Contents(JsonElement hover)
    {
        Assert.Equal(JsonValueKind.Object, hover.ValueKind);
        var contents = hover.GetProperty("contents");
        return (contents.GetProperty("kind").GetString()!, contents.GetProperty("value").GetString()!);
    }

    private static (int, int, int, int) Range(JsonElement hover)
    {
        var range = hover.GetProperty("range");
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(), end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32());
    }

    /// <summary>The LSP range of <paramref name="element"/>, which starts <paramref name="shift"/> characters into <paramref name="needle"/>.</summary>
    private static (int, int, int, int) RangeOf(string text, string needle, int shift, string element)
    {
        var (line, character) = PositionOf(text, needle, shift);
        return (line, character, line, character + element.Length);
    }

    private static int LineOf(string text, string needle) => PositionOf(text, needle, 0).Line;

    private static (int Line, int Character) PositionOf(string text, string needle, int shift)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the text");
        var offset = index + shift;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        return (text[..lineStart].Count(c => c == '\n'), offset - lineStart);
    }

    private static object Params(string uri, string text, string needle, int shift)
    {
        var (line, character) = PositionOf(text, needle, shift);
        return new { textDocument = new { uri }, position = new { line, character } };
    }

    /// <summary>A workspace with the case file (open in the editor) and the persons file (on disk only), and a client in a locale.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private Session(TempWorkspace workspace, LspClient client, string uri, string text)
        {
            Workspace = workspace;
            Client = client;
            Uri = uri;
            Text = text;
        }

        public TempWorkspace Workspace { get; }

        public LspClient Client { get; }

        public string Uri { get; }

        public string Text { get; }

        public static async Task<Session> OpenAsync(string locale, string text = Case, JsonObject? capabilities = null)
        {
            var workspace = new TempWorkspace();
            var personsUri = workspace.Write("persons.case.md", Persons);
            var uri = workspace.Write("case.case.md", text);
            var client = LspClient.Start();
            await client.InitializeAsync(workspace.Root, capabilities, locale);

            // The persons file is read from disk by the workspace scan; hovers need it loaded.
            await client.WaitForDiagnosticsAsync(personsUri);
            await client.OpenAsync(uri, text);
            return new Session(workspace, client, uri, text);
        }

        public Task<JsonElement> HoverAsync(string needle, int shift) => Client.RequestAsync("textDocument/hover", Params(Uri, Text, needle, shift));

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            Workspace.Dispose();
        }
    }
}
