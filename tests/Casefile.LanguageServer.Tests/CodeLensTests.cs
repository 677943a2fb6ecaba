using System.Text.Json;
using System.Text.Json.Nodes;
using static Casefile.LanguageServer.Tests.LensTestSupport;

namespace Casefile.LanguageServer.Tests;

/// <summary>textDocument/codeLens: admissibility and proof above evidence, circumstances and the case.</summary>
public sealed class CodeLensTests
{
    private static async Task<List<(int Line, int Start, int End, string Title, string Command)>> LensesAsync(LspClient client, string uri)
    {
        var result = await client.RequestAsync("textDocument/codeLens", new { textDocument = Document(uri) });
        return result.EnumerateArray().Select(lens =>
        {
            var range = lens.GetProperty("range");
            var command = lens.GetProperty("command");
            return (
                range.GetProperty("start").GetProperty("line").GetInt32(),
                range.GetProperty("start").GetProperty("character").GetInt32(),
                range.GetProperty("end").GetProperty("character").GetInt32(),
                command.GetProperty("title").GetString()!,
                command.GetProperty("command").GetString()!);
        }).ToList();
    }

    [Fact]
    public async Task The_server_offers_code_lenses_without_resolve()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync(capabilities: Capabilities());
        var provider = result.GetProperty("capabilities").GetProperty("codeLensProvider");
        Assert.False(provider.GetProperty("resolveProvider").GetBoolean());
    }

    [Fact]
    public async Task Each_evidence_item_shows_the_rules_that_exclude_it_and_what_it_proves()
    {
        await using var session = await OpenAsync(Samples.NightInterrogation);
        var lenses = await LensesAsync(session.Client, session.Uri);
        var e1 = LineOf(Samples.NightInterrogation, "### E-1");
        var c1 = LineOf(Samples.NightInterrogation, "### C-1");
        Assert.Equal(
            [
                (0, 2, 31, "evidence: 0 admissible, 1 inadmissible", ""),
                (e1, 4, 36, "inadmissible: CF1001 (para 10), CF1504 (para 15), CF1505 (para 15)", ""),
                (e1, 4, 36, "proves C-1", ""),
                (c1, 4, 30, "⚠ no admissible evidence proves it (0 of 1)", ""),
            ],
            lenses);
    }

    [Theory]
    [InlineData("kk", "жарамсыз: CF1001 (10-тармақ), CF1504 (15-тармақ), CF1505 (15-тармақ)", "дәлелдейді: C-1", "⚠ оны растайтын жарамды дәлелдеме жоқ (барлығы 1)")]
    [InlineData("ru", "недопустимо: CF1001 (п. 10), CF1504 (п. 15), CF1505 (п. 15)", "доказывает: C-1", "⚠ не подтверждено ни одним допустимым доказательством (0 из 1)")]
    public async Task Lenses_speak_the_editors_language(string locale, string admissibility, string proves, string provedBy)
    {
        await using var session = await OpenAsync(Samples.NightInterrogation, locale);
        var titles = (await LensesAsync(session.Client, session.Uri)).Select(l => l.Title).ToList();
        Assert.Equal([admissibility, proves, provedBy], titles.Skip(1));
    }

    [Fact]
    public async Task An_admissible_item_an_excluded_one_and_the_counts_on_circumstances()
    {
        const string text = """
            # Case 7
            - case: 7
            - registered: 2024-03-01 10:15

            ## Evidence

            ### E-1 Scene inspection
            - kind: protocol
            - action: scene-inspection
            - date: 2024-03-01 12:00
            - proves: C-1, C-2

            ### E-2 Statement
            - kind: document
            - date: 2024-03-02
            - status: excluded
            - exclusion-ground: obtained by deception
            - proves: C-2

            ### E-3 Note
            - kind: document
            - date: 2024-03-02

            ## Circumstances

            ### C-1 Event
            - element: event

            ### C-2 Guilt
            - element: guilt

            ### C-3 Motive
            - element: motive
            """;
        await using var session = await OpenAsync(text);
        var titles = (await LensesAsync(session.Client, session.Uri)).Select(l => (l.Line, l.Title)).ToList();
        Assert.Equal(
            [
                (0, "evidence: 2 admissible, 1 inadmissible"),
                (LineOf(text, "### E-1"), "admissible"),
                (LineOf(text, "### E-1"), "proves C-1, C-2"),
                (LineOf(text, "### E-2"), "excluded"),
                (LineOf(text, "### E-2"), "proves C-2"),
                (LineOf(text, "### E-3"), "admissible"),
                (LineOf(text, "### E-3"), "proves no circumstance"),
                (LineOf(text, "### C-1"), "proved by 1 admissible of 1 item"),
                (LineOf(text, "### C-2"), "proved by 1 admissible of 2 items"),
                (LineOf(text, "### C-3"), "⚠ no evidence proves it"),
            ],
            titles);
    }

    [Fact]
    public async Task A_suppressed_rule_does_not_make_the_item_inadmissible()
    {
        var text = Samples.NightInterrogation.Replace(
            "- start: 2024-03-02 23:10",
            "<!-- casefile-ignore CF1504: questioned at once after the arrest at the scene -->\n- start: 2024-03-02 23:10");
        await using var session = await OpenAsync(text);
        var lenses = await LensesAsync(session.Client, session.Uri);
        Assert.Contains(lenses, l => l.Title == "inadmissible: CF1001 (para 10), CF1505 (para 15)");
    }

    [Fact]
    public async Task Lenses_follow_edits()
    {
        await using var session = await OpenAsync(Samples.NightInterrogation);
        var text = Samples.NightInterrogation
            .Replace("- start: 2024-03-02 23:10", "- start: 2024-03-02 10:10")
            .Replace("- end: 2024-03-03 04:30", "- end: 2024-03-02 12:30")
            .Replace("- rights-explained: no", "- rights-explained: yes");
        await session.Client.ReplaceAsync(session.Uri, 2, text);
        var titles = (await LensesAsync(session.Client, session.Uri)).Select(l => l.Title).ToList();
        Assert.Equal(["evidence: 1 admissible, 0 inadmissible", "admissible", "proves C-1", "proved by 1 admissible of 1 item"], titles);
    }

    [Fact]
    public async Task A_circumstance_counts_evidence_from_another_file_of_the_same_case()
    {
        using var workspace = new TempWorkspace();
        var circumstances = """
            # Case 9
            - case: 9

            ### C-1 Event
            - element: event
            - charged: yes
            """;
        var evidence = """
            # Case 9
            - case: 9

            ### E-1 Inspection
            - kind: protocol
            - action: scene-inspection
            - date: 2024-03-01
            - proves: C-1

            ### E-2 Night interrogation
            - kind: testimony
            - start: 2024-03-02 23:00
            - proves: C-1
            """;
        var a = workspace.Write("a.case.md", circumstances);
        workspace.Write("b.case.md", evidence);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, Capabilities());
        await client.OpenAsync(a, circumstances);
        await client.WaitForDiagnosticsAsync(workspace.UriOf("b.case.md"));
        var lenses = await LensesAsync(client, a);
        Assert.Equal(["evidence: 1 admissible, 1 inadmissible", "proved by 1 admissible of 2 items"], lenses.Select(l => l.Title));
    }

    [Fact]
    public async Task Lenses_are_plain_text_with_an_empty_command()
    {
        await using var session = await OpenAsync(Samples.NightInterrogation);
        var result = await session.Client.RequestAsync("textDocument/codeLens", new { textDocument = Document(session.Uri) });
        foreach (var lens in result.EnumerateArray())
        {
            var command = lens.GetProperty("command");
            Assert.Equal(string.Empty, command.GetProperty("command").GetString());
            Assert.False(command.TryGetProperty("arguments", out _));
            Assert.False(lens.TryGetProperty("data", out _));
        }
    }

    [Fact]
    public async Task An_unknown_document_has_no_lenses()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(capabilities: Capabilities());
        var result = await client.RequestAsync("textDocument/codeLens", new { textDocument = Document("file:///nowhere/x.case.md") });
        Assert.Equal(JsonValueKind.Array, result.ValueKind);
        Assert.Empty(result.EnumerateArray());
    }

    [Fact]
    public async Task A_change_in_another_file_of_the_case_asks_the_client_to_refresh_lenses()
    {
        using var workspace = new TempWorkspace();
        var circumstances = "# Case 9\n- case: 9\n\n### C-1 Event\n- element: event\n";
        var evidence = "# Case 9\n- case: 9\n\n### E-1 Inspection\n- kind: protocol\n- action: scene-inspection\n- date: 2024-03-01\n- proves: C-1\n";
        var a = workspace.Write("a.case.md", circumstances);
        var b = workspace.Write("b.case.md", evidence);
        await using var client = new RefreshRecordingClient();
        await client.InitializeAsync(workspace.Root);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = a, languageId = "markdown", version = 1, text = circumstances } });
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = b, languageId = "markdown", version = 1, text = evidence } });
        await client.RequestAsync("textDocument/codeLens", new { textDocument = Document(a) });
        await client.SettleAsync();

        // E-1 becomes excluded in b: C-1 in a is no longer proved by admissible evidence.
        var excluded = evidence + "- status: excluded\n- exclusion-ground: unlawful search\n";
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = b, version = 2 }, contentChanges = new object[] { new { text = excluded } } });
        Assert.True(await client.WaitForRefreshAsync("workspace/codeLens/refresh", TimeSpan.FromSeconds(20)));
        var lenses = await client.RequestAsync("textDocument/codeLens", new { textDocument = Document(a) });
        Assert.Contains(lenses.EnumerateArray(), l => l.GetProperty("command").GetProperty("title").GetString() == "⚠ no admissible evidence proves it (0 of 1)");
    }

    [Fact]
    public async Task No_refresh_when_the_client_cannot_take_one()
    {
        using var workspace = new TempWorkspace();
        var text = "# Case 9\n- case: 9\n\n### C-1 Event\n- element: event\n";
        var a = workspace.Write("a.case.md", text);
        workspace.Write("b.case.md", text.Replace("C-1 Event", "C-2 Guilt"));
        await using var client = new RefreshRecordingClient();
        await client.InitializeAsync(workspace.Root, refreshSupport: false);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = a, languageId = "markdown", version = 1, text } });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = a, version = 2 }, contentChanges = new object[] { new { text = text + "- charged: yes\n" } } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new JsonObject { ["casefile"] = new JsonObject { ["language"] = "ru" } } });
        Assert.False(await client.WaitForRefreshAsync("workspace/codeLens/refresh", TimeSpan.FromSeconds(2)));
        Assert.Empty(client.Refreshes);
    }
}
