using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Completion over stdio, as an editor shows it: keys after "- " with their documentation, values
/// and IDs of the right class from every file of the case, date templates, and new entities with
/// the next free ID — in English, Kazakh and Russian files.
/// </summary>
public sealed class CompletionTests
{
    private const char CaretMark = '‸';

    private const string Persons = """
        # Criminal case 245100031000123
        - case: 245100031000123

        ## Persons

        ### P-1 Bekov Bolat
        - role: suspect
        - lawyer: P-3

        ### P-2 Nurova Aliya
        - role: witness

        ### P-3 Akhmetov Daniyar
        - role: defender

        ### P-5 Omarov Yerlan
        - role: defender

        ### P-7 Seitov Arman
        - role: investigator

        ### P-8 Kasymov Ruslan
        - role: prosecutor
        """;

    private const string Evidence = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ## Evidence

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - proves: C-1

        ### E-2 Seizure protocol
        - kind: protocol
        - date: 2024-03-04
        - proves: C-1

        ## Circumstances

        ### C-1 The event of the crime
        - element: event
        - charged: yes
        """;

    [Fact]
    public async Task The_server_announces_completion_and_its_trigger_characters()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync();
        var provider = result.GetProperty("capabilities").GetProperty("completionProvider");
        Assert.Equal(["-", " ", ":", ",", "#", "("], provider.GetProperty("triggerCharacters").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Typing_a_bullet_in_a_protocol_offers_the_keys_it_lacks_in_the_order_a_protocol_needs_them_with_documentation()
    {
        await using var session = await Session.StartAsync(Evidence.Replace("- date: 2024-03-04\n", "- date: 2024-03-04\n‸\n", StringComparison.Ordinal));
        var (line, character) = session.Caret;

        // The user types "- " on the empty line of the seizure protocol's list: its keys come in the order a protocol needs them.
        await session.Client.EditAsync(session.Uri, 2, line, character, line, character, "- ");
        var list = await session.CompleteAsync(line, character + 2, " ");

        Assert.False(list.GetProperty("isIncomplete").GetBoolean());
        var items = Sorted(list);
        Assert.DoesNotContain("kind", items.Select(Label));
        Assert.Equal(["action", "conducted-by", "start", "end", "place", "urgent", "attesting-witnesses"], items.Select(Label).Take(7));

        var action = items.Single(i => Label(i) == "action");
        Assert.Equal(10, action.GetProperty("kind").GetInt32());
        Assert.Equal("search | seizure | inspection | scene-inspection | …", action.GetProperty("detail").GetString());
        var documentation = action.GetProperty("documentation");
        Assert.Equal("markdown", documentation.GetProperty("kind").GetString());
        Assert.StartsWith("For protocols: the investigative action recorded.", documentation.GetProperty("value").GetString());
        Assert.Contains("`search`, `seizure`, `inspection`", documentation.GetProperty("value").GetString());
        Assert.Equal(Edit(line, character + 2, line, character + 2, "action: "), action.GetProperty("textEdit").GetRawText());
    }

    [Fact]
    public async Task In_a_new_evidence_item_kind_is_the_first_key()
    {
        await using var session = await Session.StartAsync(Evidence.Replace("## Circumstances", "### E-3 Inspection\n- ‸\n\n## Circumstances", StringComparison.Ordinal));
        var items = Sorted(await session.CompleteAsync(trigger: " "));
        var kind = items[0];
        Assert.Equal("kind", Label(kind));
        Assert.Contains("Source of evidence", kind.GetProperty("documentation").GetProperty("value").GetString());
        Assert.Equal("- kind: \n", session.ApplyOnCaretLine(kind));
    }

    [Fact]
    public async Task After_lawyer_only_the_defenders_of_the_whole_case_and_none_the_suspects_own_first()
    {
        await using var session = await Session.StartAsync(Evidence.Replace("- conducted-by: P-7\n", "- conducted-by: P-7\n- lawyer: ‸\n", StringComparison.Ordinal));
        var items = Sorted(await session.CompleteAsync(trigger: " "));
        Assert.Equal(["P-3", "P-5", "none"], items.Select(Label));

        var own = items[0];
        Assert.Equal(18, own.GetProperty("kind").GetInt32());
        Assert.Equal("Akhmetov Daniyar", own.GetProperty("detail").GetString());
        Assert.True(own.GetProperty("preselect").GetBoolean());
        Assert.Equal("P-3 Akhmetov Daniyar", own.GetProperty("filterText").GetString());
        var documentation = own.GetProperty("documentation").GetProperty("value").GetString();
        Assert.Equal("```markdown\n### P-3 Akhmetov Daniyar\n- role: defender\n```\n\nDefined in `persons.case.md`.", documentation);
        Assert.Equal("- lawyer: P-3\n", session.ApplyOnCaretLine(own));
    }

    [Fact]
    public async Task After_sanction_by_only_prosecutors_and_after_a_comma_in_proves_the_circumstances_not_yet_listed()
    {
        const string extra = "### C-2 Guilt\n- element: guilt\n\n### C-3 Damage\n- element: damage\n\n";
        await using var session = await Session.StartAsync(Evidence.Replace("## Circumstances\n", "## Circumstances\n\n" + extra, StringComparison.Ordinal)
            .Replace("- date: 2024-03-04\n- proves: C-1", "- date: 2024-03-04\n- sanction-by: ‸\n- proves: C-1", StringComparison.Ordinal));
        Assert.Equal(["P-8", "none"], Sorted(await session.CompleteAsync(trigger: " ")).Select(Label));

        var line = session.Caret.Line + 1;
        await session.Client.EditAsync(session.Uri, 2, line, "- proves: C-1".Length, line, "- proves: C-1".Length, ",");
        var next = Sorted(await session.CompleteAsync(line, "- proves: C-1,".Length, ","));
        Assert.Equal(["C-2", "C-3"], next.Select(Label));
        Assert.Equal(Edit(line, 14, line, 14, " C-2"), next[0].GetProperty("textEdit").GetRawText());
    }

    [Fact]
    public async Task A_date_key_gets_a_template_with_placeholders_not_a_date()
    {
        await using var session = await Session.StartAsync(Evidence.Replace("- kind: protocol\n", "- kind: protocol\n- start: ‸\n", StringComparison.Ordinal));
        var items = Sorted(await session.CompleteAsync(trigger: " "));
        Assert.Equal(["YYYY-MM-DD HH:MM", "YYYY-MM-DD"], items.Select(Label));
        Assert.Equal(2, items[0].GetProperty("insertTextFormat").GetInt32());
        Assert.Equal("${1:YYYY-MM-DD} ${2:HH:MM}", items[0].GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task A_blank_line_offers_new_entities_with_the_next_free_id_of_the_case()
    {
        await using var session = await Session.StartAsync(Evidence.Replace("## Circumstances", "‸\n\n## Circumstances", StringComparison.Ordinal));
        var items = Sorted(await session.CompleteAsync());
        Assert.Equal(["New person P-9", "New evidence item E-3", "New testimony E-3 (interrogation)", "New circumstance C-2", "New motion M-1", "New defence argument A-1"], items.Select(Label));

        var evidence = items[1];
        Assert.Equal(15, evidence.GetProperty("kind").GetInt32());
        Assert.Equal(2, evidence.GetProperty("insertTextFormat").GetInt32());
        Assert.Equal(1, evidence.GetProperty("insertTextMode").GetInt32());
        Assert.StartsWith("### E-3 ${1:Description}\n- kind: ${2|testimony,expert-opinion,", evidence.GetProperty("textEdit").GetProperty("newText").GetString());
        var (line, character) = session.Caret;
        Assert.Equal(JsonSerializer.Serialize(new { start = new { line, character }, end = new { line, character } }), evidence.GetProperty("textEdit").GetProperty("range").GetRawText());
    }

    [Fact]
    public async Task A_kazakh_file_gets_kazakh_keys_values_and_documentation()
    {
        const string kazakh = """
            # Қылмыстық іс № 247511031004512
            - іс: 247511031004512
            - тіл: kk

            ### P-1 Сейтқалиев Ержан
            - рөлі: күдікті
            - қорғаушы: P-5

            ### P-5 Ахметов Бақытжан
            - рөлі: қорғаушы

            ### E-1 Күдіктіден жауап алу
            - түрі: айғақ
            - тұлға: P-1
            - ‸
            """;
        await using var session = await Session.StartAsync(kazakh, file: "kk/theft.case.md", locale: "kk");
        var keys = Sorted(await session.CompleteAsync(trigger: " "));
        var lawyer = keys.Single(i => Label(i) == "қорғаушы");
        Assert.Equal("қорғаушы lawyer адвокат защитник", lawyer.GetProperty("filterText").GetString());
        var documentation = lawyer.GetProperty("documentation").GetProperty("value").GetString()!;
        Assert.StartsWith("Алу кезінде қатысқан қорғаушы", documentation);
        Assert.Contains("Тек рөлі `қорғаушы` болып табылатын тұлға.", documentation);
        Assert.Equal("- қорғаушы: \n", session.ApplyOnCaretLine(lawyer));

        var (line, character) = session.Caret;
        await session.Client.EditAsync(session.Uri, 2, line, character, line, character, "қорғаушы: ");
        var values = Sorted(await session.CompleteAsync(line, character + "қорғаушы: ".Length, " "));
        Assert.Equal(["P-5", "жоқ"], values.Select(Label));

        await session.Client.EditAsync(session.Uri, 3, line, 0, line, character + "қорғаушы: ".Length, "");
        var entities = Sorted(await session.CompleteAsync(line, 0));
        Assert.Contains("Жаңа тұлға P-6", entities.Select(Label));
        Assert.StartsWith("### E-2 ${1:Атауы}\n- түрі: ${2|айғақ,сарапшы-қорытындысы,", entities.Single(i => Label(i) == "Жаңа дәлелдеме E-2").GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task A_russian_file_gets_russian_values_and_only_defenders_after_its_lawyer_key()
    {
        const string russian = """
            # Уголовное дело № 247100151000318
            - дело: 247100151000318
            - язык: ru

            ### P-1 Касенов Талгат
            - роль: подозреваемый

            ### P-4 Жунусов Адиль
            - роль: защитник

            ### P-6 Тулегенов Е. С.
            - роль: оперуполномоченный

            ### E-2 Показания потерпевшей
            - вид: ‸
            - лицо: P-1
            """;
        await using var session = await Session.StartAsync(russian, file: "ru/case.case.md", locale: "ru");
        var kinds = Sorted(await session.CompleteAsync(trigger: " "));
        Assert.Equal("показания", Label(kinds[0]));
        Assert.Equal("заключение-эксперта", Label(kinds[1]));
        Assert.Equal("- вид: показания\n", session.ApplyOnCaretLine(kinds[0]));

        var line = session.Caret.Line;
        await session.Client.EditAsync(session.Uri, 2, line + 1, "- лицо: P-1".Length, line + 1, "- лицо: P-1".Length, "\n- защитник: ");
        var lawyers = Sorted(await session.CompleteAsync(line + 2, "- защитник: ".Length, " "));
        Assert.Equal(["P-4", "нет"], lawyers.Select(Label));
    }

    [Fact]
    public async Task A_partly_typed_key_is_replaced_whole_with_an_insert_replace_edit_and_its_values_follow()
    {
        var capabilities = LspClient.DefaultCapabilities();
        var item = capabilities["textDocument"]!["completion"]!["completionItem"]!.AsObject();
        item["insertReplaceSupport"] = true;
        item["labelDetailsSupport"] = true;
        capabilities["experimental"] = new JsonObject { ["commands"] = new JsonObject { ["commands"] = new JsonArray("editor.action.triggerSuggest") } };
        await using var session = await Session.StartAsync(Evidence.Replace("- kind: protocol\n", "- kind: protocol\n- act‸ion: seizure\n", StringComparison.Ordinal), capabilities: capabilities);
        var (line, character) = session.Caret;
        var items = Sorted(await session.CompleteAsync());

        var action = items.Single(i => Label(i) == "action");
        var edit = action.GetProperty("textEdit");
        Assert.Equal("action", edit.GetProperty("newText").GetString());
        Assert.Equal(JsonSerializer.Serialize(new { start = new { line, character = 2 }, end = new { line, character } }), edit.GetProperty("insert").GetRawText());
        Assert.Equal(JsonSerializer.Serialize(new { start = new { line, character = 2 }, end = new { line, character = 8 } }), edit.GetProperty("replace").GetRawText());
        Assert.Equal("әрекет · действие", action.GetProperty("labelDetails").GetProperty("description").GetString());

        // A key typed afresh ends with ": ", and the client is asked to reopen the list for its values.
        await session.Client.EditAsync(session.Uri, 2, line, 0, line, "- action: seizure".Length, "- ");
        var fresh = Sorted(await session.CompleteAsync(line, 2, " ")).Single(i => Label(i) == "urgent");
        Assert.Equal("editor.action.triggerSuggest", fresh.GetProperty("command").GetProperty("command").GetString());
        Assert.Equal("urgent: ", fresh.GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task A_client_without_snippets_or_markdown_gets_plain_items_and_no_templates()
    {
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["textDocument"]!["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["documentationFormat"] = new JsonArray("plaintext") } };
        await using var session = await Session.StartAsync(Evidence.Replace("- kind: protocol\n", "- kind: protocol\n- ‸\n", StringComparison.Ordinal), capabilities: capabilities);
        var items = Sorted(await session.CompleteAsync());
        var lawyer = items.Single(i => Label(i) == "lawyer");
        Assert.Equal("plaintext", lawyer.GetProperty("documentation").GetProperty("kind").GetString());
        Assert.DoesNotContain("`", lawyer.GetProperty("documentation").GetProperty("value").GetString());
        Assert.False(lawyer.TryGetProperty("command", out _));

        var (line, character) = session.Caret;
        await session.Client.EditAsync(session.Uri, 2, line, character, line, character, "end: ");
        Assert.Empty(Sorted(await session.CompleteAsync(line, character + 5, " ")));
        await session.Client.EditAsync(session.Uri, 3, line, character, line, character + 5, "status: ");
        var status = Sorted(await session.CompleteAsync(line, character + 8, " "));
        Assert.Equal(["admitted", "excluded", "disputed"], status.Select(Label));
        Assert.Equal(12, status[0].GetProperty("kind").GetInt32());
        Assert.Equal(1, status[0].GetProperty("insertTextFormat").GetInt32());
    }

    [Fact]
    public async Task A_space_typed_in_prose_offers_nothing()
    {
        await using var session = await Session.StartAsync(Evidence.Replace("## Circumstances", "Bekov said ‸\n\n## Circumstances", StringComparison.Ordinal));
        Assert.Empty(Sorted(await session.CompleteAsync(trigger: " ")));
    }

    private static string Label(JsonElement item) => item.GetProperty("label").GetString()!;

    private static List<JsonElement> Sorted(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().OrderBy(i => i.GetProperty("sortText").GetString(), StringComparer.Ordinal).ToList();

    private static string Edit(int startLine, int startCharacter, int endLine, int endCharacter, string newText) => JsonSerializer.Serialize(new
    {
        range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } },
        newText,
    });

    /// <summary>
    /// A case folder with a persons file on disk and one document opened in the editor, written
    /// with a caret mark where the cursor stands.
    /// </summary>
    private sealed class Session : IAsyncDisposable
    {
        private Session(TempWorkspace workspace, LspClient client, string uri, string text, (int Line, int Character) caret)
        {
            Workspace = workspace;
            Client = client;
            Uri = uri;
            Text = text;
            Caret = caret;
        }

        public TempWorkspace Workspace { get; }

        public LspClient Client { get; }

        public string Uri { get; }

        /// <summary>The document as opened, without the caret mark.</summary>
        public string Text { get; }

        public (int Line, int Character) Caret { get; }

        public static async Task<Session> StartAsync(string textWithCaret, string file = "case/evidence.case.md", string locale = "en", JsonObject? capabilities = null)
        {
            var offset = textWithCaret.IndexOf(CaretMark, StringComparison.Ordinal);
            var text = textWithCaret.Remove(offset, 1);
            var before = text[..offset];
            var caret = (before.Count(c => c == '\n'), offset - (before.LastIndexOf('\n') + 1));

            var workspace = new TempWorkspace();
            var personsUri = workspace.Write("case/persons.case.md", Persons);
            var uri = workspace.Write(file, text);
            var client = LspClient.Start();
            await client.InitializeAsync(workspace.Root, capabilities, locale);
            await client.OpenAsync(uri, text);
            await client.WaitForDiagnosticsAsync(personsUri);
            return new Session(workspace, client, uri, text, caret);
        }

        public Task<JsonElement> CompleteAsync(string? trigger = null) => CompleteAsync(Caret.Line, Caret.Character, trigger);

        public Task<JsonElement> CompleteAsync(int line, int character, string? trigger = null)
        {
            var parameters = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
                ["context"] = trigger is null
                    ? new JsonObject { ["triggerKind"] = 1 }
                    : new JsonObject { ["triggerKind"] = 2, ["triggerCharacter"] = trigger },
            };
            return Client.RequestAsync("textDocument/completion", parameters);
        }

        /// <summary>The caret's line of the opened text after the item's edit is applied (a snippet's text as it is).</summary>
        public string ApplyOnCaretLine(JsonElement item)
        {
            var edit = item.GetProperty("textEdit");
            var range = edit.TryGetProperty("range", out var plain) ? plain : edit.GetProperty("replace");
            var lines = Text.Split('\n');
            var line = lines[Caret.Line];
            Assert.Equal(Caret.Line, range.GetProperty("start").GetProperty("line").GetInt32());
            Assert.Equal(Caret.Line, range.GetProperty("end").GetProperty("line").GetInt32());
            var start = range.GetProperty("start").GetProperty("character").GetInt32();
            var end = range.GetProperty("end").GetProperty("character").GetInt32();
            return line[..start] + edit.GetProperty("newText").GetString() + line[end..] + "\n";
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            Workspace.Dispose();
        }
    }
}
