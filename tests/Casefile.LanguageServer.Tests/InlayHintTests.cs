using System.Text.Json;
using System.Text.Json.Nodes;
using static Casefile.LanguageServer.Tests.LensTestSupport;

namespace Casefile.LanguageServer.Tests;

/// <summary>textDocument/inlayHint: durations, night time and days of the investigation.</summary>
public sealed class InlayHintTests
{
    private const string WithDeadline = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15
        - deadline: 2024-05-01

        ### P-1 Bekov Bolat
        - role: suspect

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30 (no break recorded)

        ### E-2 Search
        - kind: protocol
        - action: search
        - start: 2024-02-28 14:00
        - end: 2024-02-28 15:45

        ### E-3 Statement taken at night
        - kind: testimony
        - person: P-1
        - date: 2024-03-01 05:30
        """;

    private static async Task<List<(int Line, int Character, string Label)>> HintsAsync(LspClient client, string uri, string text, object? range = null)
    {
        var lines = Lines(text);
        var result = await client.RequestAsync("textDocument/inlayHint", new { textDocument = Document(uri), range = range ?? Range(0, 0, lines.Length, 0) });
        return result.EnumerateArray().Select(h => (
            h.GetProperty("position").GetProperty("line").GetInt32(),
            h.GetProperty("position").GetProperty("character").GetInt32(),
            h.GetProperty("label").GetString()!)).ToList();
    }

    private static (int Line, int Character) EndOf(string text, string linePrefix)
    {
        var line = LineOf(text, linePrefix);
        return (line, Lines(text)[line].Length);
    }

    [Fact]
    public async Task The_server_offers_inlay_hints()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync(capabilities: Capabilities());
        Assert.False(result.GetProperty("capabilities").GetProperty("inlayHintProvider").GetProperty("resolveProvider").GetBoolean());
    }

    [Fact]
    public async Task A_night_interrogation_shows_its_day_length_and_night_part()
    {
        await using var session = await OpenAsync(Samples.NightInterrogation);
        var hints = await HintsAsync(session.Client, session.Uri, Samples.NightInterrogation);
        var start = EndOf(Samples.NightInterrogation, "- start:");
        var end = EndOf(Samples.NightInterrogation, "- end:");
        Assert.Equal(
            [
                (start.Line, start.Character, "day 2 of the investigation"),
                (end.Line, end.Character, "5 h 20 min"),
                (end.Line, end.Character, "night 22:00–06:00: 5 h 20 min"),
            ],
            hints);
    }

    [Fact]
    public async Task Every_fact_of_a_case_with_a_deadline()
    {
        await using var session = await OpenAsync(WithDeadline);
        var hints = await HintsAsync(session.Client, session.Uri, WithDeadline);
        (int, int, string) At(string prefix, string label, int nth = 0)
        {
            var lines = Lines(WithDeadline);
            var line = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith(prefix, StringComparison.Ordinal)).ElementAt(nth).i;
            return (line, lines[line].Length, label);
        }

        Assert.Equal(
            [
                At("- registered:", "61 days to the deadline"),
                At("- start:", "day 2 of the investigation"),
                At("- end:", "5 h 20 min"),
                At("- end:", "night 22:00–06:00: 5 h 20 min"),
                At("- start:", "2 days before registration", 1),
                At("- end:", "1 h 45 min", 1),
                At("- date:", "before registration"),
                At("- date:", "at night (22:00–06:00)"),
            ],
            hints);
    }

    [Fact]
    public async Task Hints_pad_on_the_left_and_explain_themselves()
    {
        await using var session = await OpenAsync(WithDeadline);
        var result = await session.Client.RequestAsync("textDocument/inlayHint", new { textDocument = Document(session.Uri), range = Range(0, 0, 40, 0) });
        var hints = result.EnumerateArray().ToList();
        Assert.All(hints, h => Assert.True(h.GetProperty("paddingLeft").GetBoolean()));
        var duration = hints.Single(h => h.GetProperty("label").GetString() == "5 h 20 min");
        Assert.StartsWith("How long the action lasted, from 2024-03-02 23:10 to 2024-03-03 04:30.", duration.GetProperty("tooltip").GetString());
        Assert.Contains("more than four hours", duration.GetProperty("tooltip").GetString());
        var day = hints.Single(h => h.GetProperty("label").GetString() == "day 2 of the investigation");
        Assert.Equal("Counted in calendar days from registration in the ERDR (2024-03-01 10:15), which is day 1.", day.GetProperty("tooltip").GetString());
        var deadline = hints.Single(h => h.GetProperty("label").GetString() == "61 days to the deadline");
        Assert.Equal("Calendar days from registration in the ERDR (2024-03-01 10:15) to the end of the pre-trial investigation period (2024-05-01).", deadline.GetProperty("tooltip").GetString());
    }

    [Theory]
    [InlineData("ru", "до окончания срока 61 день", "2-й день расследования", "5 ч 20 мин", "ночное время 22:00–06:00: 5 ч 20 мин", "за 2 дня до регистрации", "в ночное время (22:00–06:00)")]
    [InlineData("kk", "мерзімнің аяқталуына дейін 61 күн", "тергеудің 2-күні", "5 сағ 20 мин", "түнгі уақыт 22:00–06:00: 5 сағ 20 мин", "тіркелуден 2 күн бұрын", "түнгі уақытта (22:00–06:00)")]
    public async Task Hints_speak_the_editors_language(string locale, string deadline, string day, string duration, string night, string before, string atNight)
    {
        await using var session = await OpenAsync(WithDeadline, locale);
        var labels = (await HintsAsync(session.Client, session.Uri, WithDeadline)).Select(h => h.Label).ToList();
        Assert.Equal(deadline, labels[0]);
        Assert.Equal(day, labels[1]);
        Assert.Equal(duration, labels[2]);
        Assert.Equal(night, labels[3]);
        Assert.Equal(before, labels[4]);
        Assert.Equal(atNight, labels[7]);
    }

    [Fact]
    public async Task The_files_own_language_key_wins_over_the_editors_locale()
    {
        var text = WithDeadline.Replace("- case: 245100031000123", "- case: 245100031000123\n- language: ru");
        await using var session = await OpenAsync(text, "en");
        var labels = (await HintsAsync(session.Client, session.Uri, text)).Select(h => h.Label).ToList();
        Assert.Equal("до окончания срока 61 день", labels[0]);
    }

    [Fact]
    public async Task Only_the_hints_inside_the_requested_range()
    {
        await using var session = await OpenAsync(WithDeadline);
        var end = LineOf(WithDeadline, "- end:");
        var hints = await HintsAsync(session.Client, session.Uri, WithDeadline, Range(end, 0, end, 100));
        Assert.Equal(["5 h 20 min", "night 22:00–06:00: 5 h 20 min"], hints.Select(h => h.Label));
        Assert.Empty(await HintsAsync(session.Client, session.Uri, WithDeadline, Range(0, 0, 1, 0)));
    }

    [Fact]
    public async Task No_length_without_two_times_in_order_and_no_day_without_registration()
    {
        const string text = """
            # Case 1

            ### E-1 Interrogation
            - kind: testimony
            - start: 2024-03-02
            - end: 2024-03-02

            ### E-2 Interrogation
            - kind: testimony
            - start: 2024-03-02 12:00
            - end: 2024-03-02 11:00
            """;
        await using var session = await OpenAsync(text);
        Assert.Empty(await HintsAsync(session.Client, session.Uri, text));
    }

    [Fact]
    public async Task Positions_follow_the_negotiated_encoding()
    {
        // Cyrillic keys and an emoji: UTF-8 counts bytes, UTF-16 code units.
        const string text = "# Іс 1\n- тіркелді: 2024-03-01 10:15 (😀)\n- мерзім: 2024-03-11\n";
        const string line = "- тіркелді: 2024-03-01 10:15 (😀)";
        await using var utf8 = await OpenAsync(text, "en", Capabilities(encoding: "utf-8"));
        var hint = Assert.Single(await HintsAsync(utf8.Client, utf8.Uri, text));
        Assert.Equal((1, System.Text.Encoding.UTF8.GetByteCount(line), "10 days to the deadline"), hint);

        await using var utf16 = await OpenAsync(text, "en");
        hint = Assert.Single(await HintsAsync(utf16.Client, utf16.Uri, text));
        Assert.Equal((1, line.Length, "10 days to the deadline"), hint);
    }

    [Fact]
    public async Task The_day_counts_from_a_registration_written_in_another_file_of_the_case()
    {
        using var workspace = new TempWorkspace();
        const string main = "# Case 9\n- case: 9\n- registered: 2024-03-01 10:15\n- deadline: 2024-03-31\n";
        const string evidence = "# Case 9\n- case: 9\n\n### E-1 Search\n- kind: protocol\n- action: search\n- start: 2024-03-05 10:00\n- end: 2024-03-05 11:30\n";
        var a = workspace.Write("a.case.md", main);
        var b = workspace.Write("b.case.md", evidence);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, Capabilities());
        await client.OpenAsync(a, main);
        await client.OpenAsync(b, evidence);
        Assert.Equal([(2, 30, "30 days to the deadline")], await HintsAsync(client, a, main));
        Assert.Equal([(6, 25, "day 5 of the investigation"), (7, 23, "1 h 30 min")], await HintsAsync(client, b, evidence));
    }

    [Fact]
    public async Task Hints_follow_a_CRLF_document()
    {
        var text = Samples.NightInterrogation.Replace("\r\n", "\n").Replace("\n", "\r\n");
        await using var session = await OpenAsync(text);
        var hints = await HintsAsync(session.Client, session.Uri, text);
        var end = EndOf(text, "- end:");
        Assert.Contains((end.Line, end.Character, "5 h 20 min"), hints);
    }

    [Fact]
    public async Task A_change_of_language_in_the_settings_asks_the_client_to_refresh_hints_and_lenses()
    {
        using var workspace = new TempWorkspace();
        var uri = workspace.Write("a.case.md", Samples.NightInterrogation);
        await using var client = new RefreshRecordingClient();
        await client.InitializeAsync(workspace.Root);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text = Samples.NightInterrogation } });
        await client.RequestAsync("textDocument/inlayHint", new { textDocument = Document(uri), range = Range(0, 0, 30, 0) });
        await client.SettleAsync();

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new JsonObject { ["casefile"] = new JsonObject { ["language"] = "ru" } } });
        Assert.True(await client.WaitForRefreshAsync("workspace/inlayHint/refresh", TimeSpan.FromSeconds(20)));
        Assert.True(await client.WaitForRefreshAsync("workspace/codeLens/refresh", TimeSpan.FromSeconds(20)));
        var hints = await client.RequestAsync("textDocument/inlayHint", new { textDocument = Document(uri), range = Range(0, 0, 30, 0) });
        Assert.Contains(hints.EnumerateArray(), h => h.GetProperty("label").GetString() == "5 ч 20 мин");
    }

    [Fact]
    public async Task Typing_in_a_file_asks_for_no_hint_refresh()
    {
        using var workspace = new TempWorkspace();
        var uri = workspace.Write("a.case.md", Samples.NightInterrogation);
        await using var client = new RefreshRecordingClient();
        await client.InitializeAsync(workspace.Root);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text = Samples.NightInterrogation } });
        await client.SettleAsync();
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new object[] { new { text = Samples.NightInterrogation.Replace("23:10", "22:10") } } });
        Assert.False(await client.WaitForRefreshAsync("workspace/inlayHint/refresh", TimeSpan.FromSeconds(2)));
        Assert.DoesNotContain("workspace/codeLens/refresh", client.Refreshes);
    }
}
