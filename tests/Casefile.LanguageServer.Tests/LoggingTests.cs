using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Logs go to standard error and, at the client's trace level, to window/logMessage. A case file
/// holds personal data: its text never reaches a log unless the trace is verbose.
/// </summary>
public sealed class LoggingTests
{
    private const string Secret = "Zhumagulov Tlektes";

    private static readonly string Text = $"# Criminal case 1\n- case: 1\n\n### P-1 {Secret}\n- role: suspect\n- colour: red\n";

    [Theory]
    [InlineData("off", false)]
    [InlineData("messages", false)]
    [InlineData("verbose", true)]
    public async Task Document_text_reaches_the_logs_only_at_verbose_trace(string trace, bool logged)
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await InitializeWithTraceAsync(client, workspace.Root, trace);
        var uri = workspace.UriOf("secret.case.md");
        await SessionWithTheSecretAsync(client, uri);

        Assert.Equal(logged, client.Server.ErrorOutput.Contains(Secret, StringComparison.Ordinal));
        Assert.Equal(logged, client.LogMessages().Any(m => m.Contains(Secret, StringComparison.Ordinal)));
        Assert.Contains("Initialized for", client.Server.ErrorOutput);
    }

    [Theory]
    [InlineData("off", new[] { 1, 2 })]
    [InlineData("messages", new[] { 1, 2, 3 })]
    [InlineData("verbose", new[] { 1, 2, 3, 4 })]
    public async Task Log_messages_follow_the_trace_level(string trace, int[] types)
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await InitializeWithTraceAsync(client, workspace.Root, trace);
        var uri = workspace.UriOf("levels.case.md");
        await client.OpenAsync(uri, Text);
        await client.ChangeAsync(uri, 1, Changes.Insert(0, 0, "x")); // stale: a warning
        await client.WaitForDiagnosticsAsync(uri);
        await WaitForAsync(() => client.LogMessages().Any(m => m.Contains("ignored", StringComparison.Ordinal)));
        await TextSyncTests.ServerStillAnswersAsync(client);
        await Task.Delay(200);

        var sent = client.Notifications.Where(n => n.Method == "window/logMessage").Select(n => n.Params.GetProperty("type").GetInt32()).Distinct().Order().ToList();
        Assert.Equal(types.Where(t => t != 1).ToList(), sent.Where(t => t != 1).ToList());
    }

    [Fact]
    public async Task SetTrace_changes_what_is_logged_from_the_next_message_on()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await InitializeWithTraceAsync(client, workspace.Root, "off");
        var uri = workspace.UriOf("settrace.case.md");
        await client.OpenAsync(uri, Text);
        await client.WaitForDiagnosticsAsync(uri);
        Assert.DoesNotContain(Secret, client.Server.ErrorOutput);

        await client.NotifyAsync("$/setTrace", new { value = "verbose" });
        await client.ChangeAsync(uri, 2, Changes.Insert(5, 8, "s"));
        await WaitForAsync(() => client.LogMessages().Any(m => m.Contains(Secret, StringComparison.Ordinal)));
        Assert.Contains(Secret, client.Server.ErrorOutput);

        await client.NotifyAsync("$/setTrace", new { value = "off" });
        client.ClearNotifications();
        await client.ChangeAsync(uri, 3, Changes.Insert(5, 9, "s"));
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 3);
        await TextSyncTests.ServerStillAnswersAsync(client);
        Assert.DoesNotContain(client.LogMessages(), m => m.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_trace_setting_of_the_editor_sets_the_level_too()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        client.Settings = new JsonObject { ["trace"] = new JsonObject { ["server"] = "verbose" } };
        await InitializeWithTraceAsync(client, workspace.Root, "off");
        await WaitForAsync(() => client.Notifications.Any(n => n.Method == "workspace/configuration") || client.LogMessages().Any(m => m.Contains("Found", StringComparison.Ordinal)));
        var uri = workspace.UriOf("setting.case.md");
        await SessionWithTheSecretAsync(client, uri);
        Assert.Contains(client.LogMessages(), m => m.Contains(Secret, StringComparison.Ordinal));
    }

    private static async Task InitializeWithTraceAsync(LspClient client, string root, string trace)
    {
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = LspClient.Uri(root),
            ["trace"] = trace,
            ["capabilities"] = LspClient.DefaultCapabilities(),
            ["initializationOptions"] = new JsonObject { ["diagnosticsDelayMs"] = 0 },
        });
        await client.NotifyAsync("initialized", new JsonObject());
    }

    /// <summary>Opens, edits, pulls and closes a document whose text holds <see cref="Secret"/>.</summary>
    private static async Task SessionWithTheSecretAsync(LspClient client, string uri)
    {
        await client.OpenAsync(uri, Text);
        await client.ChangeAsync(uri, 2, Changes.Insert(3, 8, Secret + " "));
        await client.ChangeAsync(uri, 2, Changes.Insert(3, 8, Secret + " ")); // stale: warned about
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "casefile", version = "x", text = Secret } });
        await client.CloseAsync(uri);
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
        await TextSyncTests.ServerStillAnswersAsync(client);
        await Task.Delay(200);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition was not met in time.");
            }

            await Task.Delay(25);
        }
    }
}
