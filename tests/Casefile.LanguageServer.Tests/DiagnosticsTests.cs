using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Casefile.Localization;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Diagnostics as an editor receives them: pushed (with the version, only when they changed,
/// after a pause in typing) and pulled (result IDs, "unchanged", workspace reports), with the
/// same codes, ranges and messages as the CLI, a link to the rule's page and related places.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string Person = "# Criminal case 1\n- case: 1\n\n### P-1 Bekov Bolat\n- role: suspect\n- colour: red\n";

    [Fact]
    public async Task Every_example_is_pushed_with_the_CLIs_codes_ranges_messages_and_related_places()
    {
        using var workspace = new TempWorkspace();
        foreach (var folder in Directory.GetDirectories(Repository.Examples))
        {
            Repository.CopyFolder(folder, workspace.PathOf(Path.GetFileName(folder)));
        }

        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, locale: "en");
        var files = Directory.GetFiles(workspace.Root, "*.case.md", SearchOption.AllDirectories);
        Assert.True(files.Length >= 5, "the examples are there");
        foreach (var folder in files.Select(Path.GetDirectoryName).Distinct())
        {
            foreach (var (path, expected) in Expected.ForFolder(folder!, Language.En))
            {
                // Closed files: analysed from disk at start, pushed without a version.
                var published = await client.WaitForDiagnosticsAsync(LspClient.Uri(path));
                Assert.False(published.TryGetProperty("version", out _));
                Assert.Equal(expected, RuntimeClient.DescribeWithRelated(published));
            }
        }
    }

    [Fact]
    public async Task A_diagnostic_links_to_its_rule_page_and_carries_its_code_and_entity()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("night.case.md");
        await client.OpenAsync(uri, Samples.NightInterrogation);
        var published = await client.WaitForDiagnosticsAsync(uri);
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        var night = published.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CF1504");
        Assert.Equal("casefile", night.GetProperty("source").GetString());
        var href = night.GetProperty("codeDescription").GetProperty("href").GetString()!;
        Assert.StartsWith("file:///", href);
        Assert.EndsWith("/docs/rules/CF1504.md", href);
        Assert.True(File.Exists(new Uri(href).LocalPath), href);
        Assert.Equal("CF1504", night.GetProperty("data").GetProperty("code").GetString());
        Assert.Equal("E-1", night.GetProperty("data").GetProperty("entity").GetString());

        // The interrogated person is the related place: the heading of P-1.
        var related = night.GetProperty("relatedInformation").EnumerateArray().Single();
        Assert.Equal(uri, related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal(4, related.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Contains("P-1", related.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Diagnostics_are_pushed_only_when_they_change_each_time_with_the_document_version()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("count.case.md");
        await client.OpenAsync(uri, Person);
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 1);

        // Typing in the case's title changes no diagnostic: nothing is pushed.
        await client.ChangeAsync(uri, 2, Changes.Insert(0, 17, " of 2024"));
        await client.ChangeAsync(uri, 3, Changes.Insert(0, 25, "!"));
        await Task.Delay(500);

        // Renaming the unknown key does: one push, with the version that changed them.
        await client.ChangeAsync(uri, 4, Changes.Replace(5, 2, 5, 8, "hue"));
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 4);
        await Task.Delay(300);

        // Undoing it brings the first diagnostics back: pushed again, they differ from the last ones.
        await client.ChangeAsync(uri, 5, Changes.Replace(5, 2, 5, 5, "colour"));
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 5);
        await Task.Delay(300);

        var versions = client.PublishedFor(uri).Select(p => p.GetProperty("version").GetInt32()).ToList();
        Assert.Equal([1, 4, 5], versions);
    }

    [Fact]
    public async Task With_the_default_delay_a_burst_of_typing_is_pushed_once_after_a_pause()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();

        // No initializationOptions: the server's own pause in typing applies.
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = LspClient.Uri(workspace.Root),
            ["capabilities"] = LspClient.DefaultCapabilities(),
        });
        await client.NotifyAsync("initialized", new JsonObject());
        var uri = workspace.UriOf("typing.case.md");
        await client.OpenAsync(uri, Person);
        await client.WaitForDiagnosticsAsync(uri);
        var before = client.PublishedFor(uri).Count;

        // Type "hues" over "colour", one character a time, each changing the diagnostic.
        await client.ChangeAsync(uri, 2, Changes.Replace(5, 2, 5, 8, "h"));
        for (var (i, version) = (0, 3); i < 3; i++, version++)
        {
            await client.ChangeAsync(uri, version, Changes.Insert(5, 3 + i, "ues"[i].ToString()));
        }

        var typed = Stopwatch.StartNew();
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 5);
        var waited = typed.Elapsed;
        Assert.Equal(["5:2-5:6 warning CF0002 'hues' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(published));
        await Task.Delay(400);
        Assert.Equal(before + 1, client.PublishedFor(uri).Count);
        Assert.True(waited >= TimeSpan.FromMilliseconds(150), $"pushed {waited.TotalMilliseconds} ms after the last keystroke");
    }

    [Fact]
    public async Task With_no_delay_every_edit_that_changes_diagnostics_is_pushed()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, diagnosticsDelayMs: 0);
        var uri = workspace.UriOf("nodelay.case.md");
        await client.OpenAsync(uri, Person);
        await client.WaitForDiagnosticsAsync(uri);
        await client.ChangeAsync(uri, 2, Changes.Replace(5, 2, 5, 8, "h"));
        for (var (i, version) = (0, 3); i < 3; i++, version++)
        {
            await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == version - 1);
            await client.ChangeAsync(uri, version, Changes.Insert(5, 3 + i, "ues"[i].ToString()));
        }

        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 5);
        Assert.Equal([1, 2, 3, 4, 5], client.PublishedFor(uri).Select(p => p.GetProperty("version").GetInt32()).ToList());
    }

    [Fact]
    public async Task A_pull_with_the_current_result_id_is_unchanged_and_an_edit_that_changes_nothing_keeps_it()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(pullDiagnostics: true));
        var provider = result.GetProperty("capabilities").GetProperty("diagnosticProvider");
        Assert.True(provider.GetProperty("interFileDependencies").GetBoolean());
        Assert.True(provider.GetProperty("workspaceDiagnostics").GetBoolean());

        var uri = workspace.UriOf("pull.case.md");
        await client.OpenAsync(uri, Person);
        var full = await PullAsync(client, uri, null);
        Assert.Equal("full", full.GetProperty("kind").GetString());
        Assert.Equal(["5:2-5:8 warning CF0002 'colour' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(full));
        var resultId = full.GetProperty("resultId").GetString();

        var again = await PullAsync(client, uri, resultId);
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
        Assert.Equal(resultId, again.GetProperty("resultId").GetString());
        Assert.False(again.TryGetProperty("items", out _));

        await client.ChangeAsync(uri, 2, Changes.Insert(0, 17, " of 2024"));
        Assert.Equal("unchanged", (await PullAsync(client, uri, resultId)).GetProperty("kind").GetString());

        await client.ChangeAsync(uri, 3, Changes.Replace(5, 2, 5, 8, "hue"));
        var changed = await PullAsync(client, uri, resultId);
        Assert.Equal("full", changed.GetProperty("kind").GetString());
        Assert.NotEqual(resultId, changed.GetProperty("resultId").GetString());
        Assert.Equal(["5:2-5:5 warning CF0002 'hue' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(changed));

        // A pulling client gets no pushes.
        Assert.Empty(client.PublishedFor(uri));
    }

    [Fact]
    public async Task A_workspace_pull_reports_closed_files_and_waits_until_one_changes()
    {
        using var workspace = new TempWorkspace();
        var a = workspace.Write("a.case.md", Person);
        var b = workspace.Write("b.case.md", Samples.NightInterrogation);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(pullDiagnostics: true));

        var first = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        var reports = first.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("uri").GetString()!, i => i.Clone());
        Assert.Equal([a, b], reports.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(reports.Values, r => Assert.Equal("full", r.GetProperty("kind").GetString()));
        Assert.All(reports.Values, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("version").ValueKind));
        Assert.Contains("CF1504", RuntimeClient.Codes(reports[b]));

        var previous = reports.Select(r => new { uri = r.Key, value = r.Value.GetProperty("resultId").GetString() }).ToArray();
        var waiting = client.RequestAsync("workspace/diagnostic", new { previousResultIds = previous });
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "nothing changed: the request waits");

        await client.OpenAsync(a, Person.Replace("colour", "tint"), version: 7);
        var second = await waiting.WaitAsync(TimeSpan.FromSeconds(20));
        var items = second.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("uri").GetString()!, i => i.Clone());
        Assert.Equal("full", items[a].GetProperty("kind").GetString());
        Assert.Equal(7, items[a].GetProperty("version").GetInt32());
        Assert.Equal(["5:2-5:6 warning CF0002 'tint' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(items[a]));
        Assert.Equal("unchanged", items[b].GetProperty("kind").GetString());

        // A file deleted on disk is reported empty, so that the client clears it.
        File.Delete(workspace.PathOf("b.case.md"));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = b, type = 3 } } });
        var third = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = previous });
        var cleared = third.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("uri").GetString() == b);
        Assert.Equal("full", cleared.GetProperty("kind").GetString());
        Assert.Empty(cleared.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_pulling_client_is_asked_to_pull_again_once_after_typing_that_may_change_other_files_and_after_a_settings_change()
    {
        using var workspace = new TempWorkspace();
        var alone = workspace.Write("alone/only.case.md", Person);
        var persons = workspace.Write("case/persons.case.md", Samples.NightInterrogation.Split("### E-1")[0]);
        workspace.Write("case/evidence.case.md", "# Criminal case 245100031000123\n- case: 245100031000123\n\n### E-1" + Samples.NightInterrogation.Split("### E-1")[1]);
        await using var client = LspClient.Start();
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = LspClient.Uri(workspace.Root),
            ["capabilities"] = RuntimeClient.Capabilities(pullDiagnostics: true),
        });
        await client.NotifyAsync("initialized", new JsonObject());
        await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        await Task.Delay(400);
        int Refreshes() => client.Notifications.Count(n => n.Method == "workspace/diagnostic/refresh");
        var atStart = Refreshes();

        // Typing in a file that is a case of its own changes no other file: no refresh.
        await client.OpenAsync(alone, Person);
        await client.ChangeAsync(alone, 2, Changes.Insert(5, 8, "s"));
        await Task.Delay(500);
        Assert.Equal(atStart, Refreshes());

        // Typing in one file of a two-file case: one refresh, after the pause.
        await client.OpenAsync(persons, Samples.NightInterrogation.Split("### E-1")[0]);
        for (var version = 2; version < 6; version++)
        {
            await client.ChangeAsync(persons, version, Changes.Insert(4, 8, "x"));
        }

        await client.WaitForNotificationAsync("workspace/diagnostic/refresh", _ => Refreshes() > atStart);
        await Task.Delay(500);
        Assert.Equal(atStart + 1, Refreshes());

        // The settings change every file's diagnostics.
        client.Settings = new JsonObject { ["language"] = "ru" };
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await client.WaitForNotificationAsync("workspace/diagnostic/refresh", _ => Refreshes() > atStart + 1);
    }

    private static Task<JsonElement> PullAsync(LspClient client, string uri, string? previousResultId) =>
        client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId });
}
