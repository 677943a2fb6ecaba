using System.Text.Json.Nodes;
using Casefile.Analysis;
using Casefile.Localization;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// The language of messages and the rules' severities: the editor's "casefile" settings (pulled
/// with workspace/configuration, or pushed), casefile.json, the file's own language key and the
/// editor's locale, in that order of precedence.
/// </summary>
public sealed class SettingsTests
{
    private const string Plain = "# Criminal case 1\n- case: 1\n\n### P-1 Bekov Bolat\n- role: suspect\n- colour: red\n";

    private const string Kazakh = "# Criminal case 1\n- case: 1\n- language: kk\n\n### P-1 Bekov Bolat\n- role: suspect\n- colour: red\n";

    [Theory]
    [InlineData("ru", null, "auto", Plain, Language.Ru)] // the editor's locale
    [InlineData("ru", null, "auto", Kazakh, Language.Kk)] // the file's language key beats the locale
    [InlineData("ru", "kk", "auto", Plain, Language.Kk)] // casefile.json beats the locale
    [InlineData("ru", "en", "auto", Kazakh, Language.Kk)] // the file's key beats casefile.json
    [InlineData("ru", "kk", "en", Kazakh, Language.En)] // the editor's explicit setting beats everything
    [InlineData("kk-KZ", null, null, Plain, Language.Kk)] // a locale with a region
    [InlineData("de", null, null, Plain, Language.En)] // a locale the tool does not speak: English
    public async Task Messages_speak_the_setting_else_the_files_key_else_casefile_json_else_the_locale(string locale, string? casefileJsonLanguage, string? setting, string text, Language expected)
    {
        using var workspace = new TempWorkspace();
        if (casefileJsonLanguage is not null)
        {
            File.WriteAllText(workspace.PathOf("casefile.json"), $"{{ \"language\": \"{casefileJsonLanguage}\" }}");
        }

        await using var client = LspClient.Start();
        client.Settings = setting is null ? new JsonObject() : new JsonObject { ["language"] = setting };
        await client.InitializeAsync(workspace.Root, locale: locale);
        var uri = workspace.UriOf("language.case.md");
        await client.OpenAsync(uri, text);
        var published = await client.WaitForDiagnosticsAsync(uri);
        Assert.Equal(Expected.Diagnostics(workspace.PathOf("language.case.md"), text, expected), RuntimeClient.Describe(published));
    }

    [Fact]
    public async Task Settings_pulled_at_start_apply_to_the_first_push_and_a_change_is_pulled_again()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.PathOf("rules.case.md");
        var uri = workspace.Write("rules.case.md", Samples.NightInterrogation + "\n### P-9 Extra\n- colour: red\n");
        await using var client = LspClient.Start();
        client.Settings = new JsonObject { ["language"] = "ru", ["rules"] = new JsonObject { ["CF1504"] = "off", ["CF0002"] = "error" } };
        await client.InitializeAsync(workspace.Root, locale: "en");

        // The closed file's first and only push already has the settings: no flash of defaults.
        var first = await client.WaitForDiagnosticsAsync(uri);
        Assert.DoesNotContain("CF1504", RuntimeClient.Codes(first));
        var unknownKey = first.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CF0002");
        Assert.Equal(1, unknownKey.GetProperty("severity").GetInt32());
        Assert.Contains("не является ключом", unknownKey.GetProperty("message").GetString());
        await Task.Delay(300);
        Assert.Single(client.PublishedFor(uri));

        // The user turns CF0002 off and switches to Kazakh: the server pulls the settings again.
        client.Settings = new JsonObject { ["language"] = "kk", ["rules"] = new JsonObject { ["CF0002"] = "off" } };
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        var second = await client.WaitForDiagnosticsAsync(uri, p => !RuntimeClient.Codes(p).Contains("CF0002"));
        var text = File.ReadAllText(path);
        var expected = Expected.Diagnostics(path, text, Language.Kk, new RuleSettings(new Dictionary<string, RuleLevel> { ["CF0002"] = RuleLevel.Off }));
        Assert.Equal(expected, RuntimeClient.Describe(second));
        Assert.Contains("CF1504", RuntimeClient.Codes(second));
    }

    [Fact]
    public async Task A_client_without_workspace_configuration_pushes_its_settings()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        var capabilities = RuntimeClient.Capabilities(change: c => c["workspace"]!.AsObject().Remove("configuration"));
        await client.InitializeAsync(workspace.Root, capabilities);
        var uri = workspace.UriOf("pushed.case.md");
        await client.OpenAsync(uri, Plain);
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("diagnostics").GetArrayLength() == 1);
        Assert.DoesNotContain(client.Notifications, n => n.Method == "workspace/configuration");

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { casefile = new { language = "ru", rules = new { CF0002 = "hint" } } } });
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("diagnostics")[0].GetProperty("severity").GetInt32() == 4);
        Assert.Contains("не является ключом", RuntimeClient.Describe(published).Single());
    }

    [Fact]
    public async Task Casefile_json_severities_apply_the_editors_settings_override_them_and_a_change_on_disk_is_picked_up()
    {
        using var workspace = new TempWorkspace();
        File.WriteAllText(workspace.PathOf("casefile.json"), "{ \"CF0002\": \"error\", \"CF1504\": \"off\" }");
        var uri = workspace.Write("json.case.md", Samples.NightInterrogation + "\n### P-9 Extra\n- colour: red\n");
        await using var client = LspClient.Start();
        client.Settings = new JsonObject { ["rules"] = new JsonObject { ["CF0002"] = "information" } };
        await client.InitializeAsync(workspace.Root);

        var first = await client.WaitForDiagnosticsAsync(uri);
        Assert.DoesNotContain("CF1504", RuntimeClient.Codes(first));
        Assert.Equal(3, first.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CF0002").GetProperty("severity").GetInt32());

        // casefile.json changes on disk: CF1504 is back, as a warning.
        File.WriteAllText(workspace.PathOf("casefile.json"), "{ \"rules\": { \"CF1504\": \"warning\" } }");
        await WorkspaceTests.WatchedAsync(client, LspClient.Uri(workspace.PathOf("casefile.json")), 2);
        var second = await client.WaitForDiagnosticsAsync(uri, p => RuntimeClient.Codes(p).Contains("CF1504"));
        Assert.Equal(2, second.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "CF1504").GetProperty("severity").GetInt32());

        // Deleted: the rule's own severity again.
        File.Delete(workspace.PathOf("casefile.json"));
        await WorkspaceTests.WatchedAsync(client, LspClient.Uri(workspace.PathOf("casefile.json")), 3);
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == "CF1504" && d.GetProperty("severity").GetInt32() == 1));
    }
}
