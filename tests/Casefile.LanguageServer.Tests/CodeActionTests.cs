using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Quick-fixes over stdio: code actions asked for on a diagnostic's range (as VS Code asks when
/// the user opens the lightbulb), resolved when their edit is costly, applied to the document as
/// the editor applies them, and the document re-analysed; in English and in Russian.
/// </summary>
public sealed class CodeActionTests
{
    private const string Night = Samples.NightInterrogation;

    [Fact]
    public async Task The_server_offers_quickfixes_it_can_resolve()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync();
        var provider = result.GetProperty("capabilities").GetProperty("codeActionProvider");
        Assert.Equal("quickfix", Assert.Single(provider.GetProperty("codeActionKinds").EnumerateArray()).GetString());
        Assert.True(provider.GetProperty("resolveProvider").GetBoolean());
    }

    [Fact]
    public async Task Marking_excluded_is_resolved_applied_and_leaves_the_violation_on_the_record()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("night.case.md");
        await client.OpenAsync(uri, Night);
        var before = await client.WaitForDiagnosticsAsync(uri);
        var diagnostic = Diagnostic(before, "CF1504");
        Assert.Equal(Range(14, 9, 14, 25), Json(diagnostic.GetProperty("range")));

        var actions = await CodeActionsAsync(client, uri, diagnostic.GetProperty("range"), diagnostic);
        Assert.Equal(
            [
                "Mark E-1 excluded (para 15, CF1504)",
                "Draft a motion to exclude E-1 (para 15, CF1504)",
                "Suppress CF1504 for 'start' (reason to write)",
                "Suppress CF1504 for E-1 (reason to write)",
            ],
            actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("quickfix", a.GetProperty("kind").GetString()));
        Assert.All(actions, a => Assert.Equal(diagnostic.GetRawText(), Assert.Single(a.GetProperty("diagnostics").EnumerateArray()).GetRawText()));

        // Costly: sent without an edit, computed on resolve.
        var mark = actions[0];
        Assert.False(mark.TryGetProperty("edit", out _));
        Assert.True(mark.TryGetProperty("data", out _));
        var resolved = await client.RequestAsync("codeAction/resolve", mark);
        Assert.Equal(mark.GetProperty("title").GetString(), resolved.GetProperty("title").GetString());
        var fixedText = Apply(Night, Edits(resolved, uri));
        Assert.Equal(
            Night.Replace("- proves: C-1\n", "- proves: C-1\n- status: excluded\n- exclusion-ground: Interrogation at night (CF1504, para 15 of resolution No. 4)\n"),
            fixedText);

        // Applied, the item is excluded and still carries the same violations.
        await client.ReplaceAsync(uri, 2, fixedText);
        var after = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.Equal(Codes(before), Codes(after));
        Assert.Contains("CF1504", Codes(after));

        // Cheap fixes carry their edit at once: the attribute's suppression waits for its reason.
        var suppress = actions[2];
        Assert.Equal(
            Night.Replace("- start: ", "<!-- casefile-ignore CF1504: -->\n- start: "),
            Apply(Night, Edits(suppress, uri)));
    }

    [Fact]
    public async Task A_drafted_motion_is_resolved_into_a_new_section_and_the_lightbulb_offers_fixes_at_the_cursor()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("night.case.md");
        await client.OpenAsync(uri, Night);
        await client.WaitForDiagnosticsAsync(uri);

        // The cursor on the end value, no diagnostics sent: the fixes of CF1505 there are offered all the same.
        var cursor = JsonSerializer.SerializeToElement(new { start = new { line = 15, character = 12 }, end = new { line = 15, character = 12 } });
        var actions = await CodeActionsAsync(client, uri, cursor);
        var motion = Assert.Single(actions, a => a.GetProperty("title").GetString() == "Draft a motion to exclude E-1 (para 15, CF1505)");
        var shown = Assert.Single(motion.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CF1505", shown.GetProperty("code").GetString());
        Assert.Equal(Range(15, 7, 15, 23), Json(shown.GetProperty("range")));

        var fixedText = Apply(Night, Edits(await client.RequestAsync("codeAction/resolve", motion), uri));
        Assert.StartsWith(Night + "\n\n## Motions\n\n### M-1 Motion to exclude E-1\n- type: exclude-evidence\n- target: E-1\n- filed-by: \n- form: written\n- grounds: E-1 is inadmissible evidence under para 15", fixedText);
        Assert.EndsWith("- decision: pending\n", fixedText);
    }

    [Fact]
    public async Task In_Russian_titles_and_written_text_are_Russian_and_a_spelling_fix_removes_the_warning()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, locale: "ru");
        var uri = workspace.UriOf("дело.case.md");
        const string text = """
            # Дело 245100031000123
            - дело: 245100031000123

            ## Лица

            ### P-1 Беков Болат
            - роль: подозреваемый

            ## Доказательства

            ### E-1 Допрос подозреваемого
            - вид: показания
            - лицо: P-1
            - начало: 2024-03-02 23:10
            - окончание: 2024-03-03 01:30
            - защитник: P-3
            - доказывет: C-1
            """;
        await client.OpenAsync(uri, text);
        var published = await client.WaitForDiagnosticsAsync(uri);

        var unknown = Diagnostic(published, "CF0002");
        var spelling = await CodeActionsAsync(client, uri, unknown.GetProperty("range"), unknown);
        var change = spelling[0];
        Assert.Equal("Заменить 'доказывет' на 'доказывает'", change.GetProperty("title").GetString());
        Assert.True(change.GetProperty("isPreferred").GetBoolean());
        var corrected = Apply(text, Edits(change, uri));
        Assert.Contains("- доказывает: C-1", corrected);
        Assert.Equal("Подавить CF0002 для 'доказывет' (укажите причину)", spelling[1].GetProperty("title").GetString());

        var undefined = Diagnostic(published, "CF0006");
        var create = Assert.Single(await CodeActionsAsync(client, uri, undefined.GetProperty("range"), undefined), a => a.GetProperty("title").GetString() == "Создать лицо P-3");
        Assert.Contains("### P-1 Беков Болат\n- роль: подозреваемый\n\n### P-3 Фамилия, имя, отчество\n- роль: \n\n## Доказательства", Apply(text, Edits(create, uri)));

        var night = Diagnostic(published, "CF1504");
        var exclusion = await CodeActionsAsync(client, uri, night.GetProperty("range"), night);
        Assert.Equal("Отметить E-1 как исключённое (п. 15, CF1504)", exclusion[0].GetProperty("title").GetString());
        var motion = Assert.Single(exclusion, a => a.GetProperty("title").GetString() == "Составить проект ходатайства об исключении E-1 (п. 15, CF1504)");
        var withMotion = Apply(text, Edits(await client.RequestAsync("codeAction/resolve", motion), uri));
        Assert.Contains("## Ходатайства\n\n### M-1 Ходатайство об исключении E-1\n- тип: исключение-доказательства\n- объект: E-1\n- заявитель: \n- форма: письменное\n- основания: E-1 является недопустимым доказательством согласно п. 15 нормативного постановления Верховного Суда № 4 от 20 апреля 2006 года (Допрос в ночное время, CF1504): Допрос P-1 длился", withMotion);
        Assert.EndsWith("- решение: на-рассмотрении\n", withMotion);

        // Applied: the spelling warning is gone.
        await client.ReplaceAsync(uri, 2, corrected);
        var after = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.DoesNotContain("CF0002", Codes(after));
    }

    [Fact]
    public async Task Without_resolve_support_every_edit_comes_at_once_and_versioned_document_changes_are_used_when_supported()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["textDocument"]!["codeAction"] = new JsonObject { ["codeActionLiteralSupport"] = new JsonObject() };
        capabilities["workspace"]!["workspaceEdit"] = new JsonObject { ["documentChanges"] = true };
        var result = await client.InitializeAsync(workspace.Root, capabilities);
        Assert.True(result.GetProperty("capabilities").GetProperty("codeActionProvider").TryGetProperty("codeActionKinds", out _));
        var uri = workspace.UriOf("night.case.md");
        await client.OpenAsync(uri, Night, version: 7);
        var diagnostic = Diagnostic(await client.WaitForDiagnosticsAsync(uri), "CF1504");

        var actions = await CodeActionsAsync(client, uri, diagnostic.GetProperty("range"), diagnostic);
        var mark = actions[0];
        Assert.False(mark.TryGetProperty("data", out _));
        var change = Assert.Single(mark.GetProperty("edit").GetProperty("documentChanges").EnumerateArray());
        Assert.Equal(uri, change.GetProperty("textDocument").GetProperty("uri").GetString());
        Assert.Equal(7, change.GetProperty("textDocument").GetProperty("version").GetInt32());
        Assert.Contains("- status: excluded", Apply(Night, Edits(mark, uri)));
    }

    [Fact]
    public async Task Edit_ranges_count_in_the_negotiated_encoding()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-8") };
        await client.InitializeAsync(workspace.Root, capabilities);
        var uri = workspace.UriOf("utf8.case.md");
        await client.OpenAsync(uri, "# Дело 1\n\n### E-1 Обыск\n- вид: протокол\n- дата: 2024-03-02\n- мсто: кафе\n");
        var diagnostic = Diagnostic(await client.WaitForDiagnosticsAsync(uri), "CF0002");
        Assert.Equal(Range(5, 2, 5, 10), Json(diagnostic.GetProperty("range")));

        var change = (await CodeActionsAsync(client, uri, diagnostic.GetProperty("range"), diagnostic))[0];
        Assert.Equal("Change 'мсто' to 'место'", change.GetProperty("title").GetString());
        var edit = Assert.Single(Edits(change, uri));
        Assert.Equal(Range(5, 2, 5, 10), Json(edit.GetProperty("range")));
        Assert.Equal("место", edit.GetProperty("newText").GetString());
    }

    [Fact]
    public async Task Other_kinds_get_nothing_and_a_stale_resolve_is_ContentModified()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("night.case.md");
        await client.OpenAsync(uri, Night);
        var diagnostic = Diagnostic(await client.WaitForDiagnosticsAsync(uri), "CF1504");

        Assert.Empty(await CodeActionsAsync(client, uri, diagnostic.GetProperty("range"), diagnostic, only: ["source.organizeImports"]));
        Assert.NotEmpty(await CodeActionsAsync(client, uri, diagnostic.GetProperty("range"), diagnostic, only: ["quickfix"]));

        var mark = (await CodeActionsAsync(client, uri, diagnostic.GetProperty("range"), diagnostic))[0];
        await client.ReplaceAsync(uri, 2, "<!-- a new first line -->\n" + Night);
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => client.RequestAsync("codeAction/resolve", mark));
        Assert.Equal(-32801, error.ErrorCode);
    }

    private static async Task<List<JsonElement>> CodeActionsAsync(LspClient client, string uri, JsonElement range, JsonElement? diagnostic = null, string[]? only = null)
    {
        var context = new JsonObject { ["diagnostics"] = diagnostic is { } d ? new JsonArray(JsonNode.Parse(d.GetRawText())) : new JsonArray() };
        if (only is not null)
        {
            context["only"] = new JsonArray(only.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray());
        }

        var parameters = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = JsonNode.Parse(range.GetRawText()),
            ["context"] = context,
        };
        var result = await client.RequestAsync("textDocument/codeAction", parameters);
        return [.. result.EnumerateArray()];
    }

    private static JsonElement Diagnostic(JsonElement published, string code) =>
        Assert.Single(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == code);

    private static List<string> Codes(JsonElement published) =>
        [.. published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).Order(StringComparer.Ordinal)];

    private static string Json(JsonElement element) => JsonNode.Parse(element.GetRawText())!.ToJsonString();

    private static string Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        Json(JsonSerializer.SerializeToElement(new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }));

    /// <summary>The action's text edits for one document, from "changes" or "documentChanges".</summary>
    private static List<JsonElement> Edits(JsonElement action, string uri)
    {
        var edit = action.GetProperty("edit");
        if (edit.TryGetProperty("documentChanges", out var documentChanges))
        {
            return [.. documentChanges.EnumerateArray().Where(c => c.GetProperty("textDocument").GetProperty("uri").GetString() == uri).SelectMany(c => c.GetProperty("edits").EnumerateArray())];
        }

        return [.. edit.GetProperty("changes").GetProperty(uri).EnumerateArray()];
    }

    /// <summary>Applies LSP text edits (UTF-16 positions, ranges in the original text) as an editor does.</summary>
    private static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(JsonElement position) =>
            Math.Min(text.Length, lineStarts[position.GetProperty("line").GetInt32()] + position.GetProperty("character").GetInt32());

        var ordered = edits
            .Select(e => (Start: Offset(e.GetProperty("range").GetProperty("start")), End: Offset(e.GetProperty("range").GetProperty("end")), Text: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Start)
            .ToList();
        var builder = new System.Text.StringBuilder(text);
        foreach (var (start, end, newText) in ordered)
        {
            builder.Remove(start, end - start).Insert(start, newText);
        }

        return builder.ToString();
    }
}

