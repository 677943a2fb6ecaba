using System.Diagnostics;
using System.Text.Json;
using Casefile.Localization;
using StreamJsonRpc;
using Xunit.Abstractions;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// A client that stops reading the server's output (a hung editor) while it goes on sending edits
/// and requests: the pipe fills and the server's writes block. The server must go on applying
/// edits, must not queue what it cannot send without bound, must not exit, and once the client
/// reads again the session goes on as if nothing happened: every request is answered and the last
/// diagnostics are those of the client's text.
/// </summary>
public sealed class StalledClientTests(ITestOutputHelper output)
{
    private const string Typed = "### P-900 Witness\n- role: witnes\n- colour: red\n";
    private const string Hour = "- start: 2024-03-02 23:10";

    [Fact]
    public async Task A_client_that_stops_reading_holds_back_one_push_per_folder_not_a_queue_of_them()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.StartGated();
        await client.InitializeAsync(workspace.Root, diagnosticsDelayMs: 0);
        var uri = workspace.UriOf("stalled.case.md");
        var text = BigCase.Generate(30);
        await client.OpenAsync(uri, text);
        await client.WaitForDiagnosticsAsync(uri);
        var script = new TypingScript(text, Typed, Hour, middleEditEvery: 10);

        // Typing at a steady pace (each analysis has time to finish, so each has a push to send)
        // with a request now and then, none of it read. casefile/memoryUsage is handled while the
        // client does not read (its answer waits with the rest): the memory after a full
        // collection when the pipe has just filled, and at the end.
        var atPause = client.Server.ResidentBytes();
        client.Output!.Pause();
        var requests = new List<Task<JsonElement>>();
        Task<JsonElement>? early = null;
        var peak = atPause;
        const int Edits = 1000;
        for (var i = 1; i <= Edits; i++)
        {
            var (version, change) = script.Next();
            await client.ChangeAsync(uri, version, change);
            if (i % 100 == 0)
            {
                requests.Add(client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } }));
            }

            if (i == 200)
            {
                early = client.RequestAsync("casefile/memoryUsage", null);
            }

            if (i % 250 == 0)
            {
                peak = Math.Max(peak, client.Server.ResidentBytes());
                Assert.False(client.Server.HasExited, client.Server.ErrorOutput);
            }

            await Task.Delay(2);
        }

        var late = client.RequestAsync("casefile/memoryUsage", null);
        await Task.Delay(500);
        peak = Math.Max(peak, client.Server.ResidentBytes());
        client.Output.Resume();
        var (before, after) = ((await early!).GetProperty("managedBytes").GetInt64(), (await late).GetProperty("managedBytes").GetInt64());
        output.WriteLine($"while the client did not read: managed memory after collection {before / 1e6:F1} MB after 200 edits, {after / 1e6:F1} MB after {Edits}; resident memory {atPause / 1e6:F1} MB at the start, at most {peak / 1e6:F1} MB");

        // A push of this document is some 40 KB, its analysis more: a queue of them grows by megabytes.
        Assert.True(after - before < 5_000_000, $"the server held {(after - before) / 1e6:F1} MB more after {Edits - 200} more edits that it could not push");
        Assert.True(peak - atPause < 200_000_000, $"the server grew from {atPause / 1e6:F1} MB to {peak / 1e6:F1} MB while the client did not read");

        await AssertSettledOnAsync(client, workspace.PathOf("stalled.case.md"), uri, script);
        foreach (var request in requests)
        {
            await AnsweredOrModifiedAsync(request);
        }
    }

    [Fact]
    public async Task While_the_client_does_not_read_the_server_goes_on_applying_edits_and_logging()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.StartGated();
        await client.InitializeAsync(workspace.Root, diagnosticsDelayMs: 0);
        var uri = workspace.UriOf("stalled.case.md");
        var text = BigCase.Generate(30);
        await client.OpenAsync(uri, text);
        await client.WaitForDiagnosticsAsync(uri);
        var script = new TypingScript(text, Typed, Hour, middleEditEvery: 5);

        // Every fifth edit changes the diagnostics, so pushes soon fill the pipe.
        client.Output!.Pause();
        for (var round = 1; round <= 3; round++)
        {
            for (var i = 0; i < 100; i++)
            {
                var (version, change) = script.Next();
                await client.ChangeAsync(uri, version, change);
                await Task.Delay(1);
            }

            // An edit of a document that is not open is logged as a warning on standard error:
            // seeing it there proves the edit was handled, while pushes wait for the client.
            var marker = $"marker-{round}.case.md";
            await client.ChangeAsync(workspace.UriOf(marker), 2, Changes.Insert(0, 0, "x"));
            await WaitForErrorOutputAsync(client, marker, TimeSpan.FromSeconds(10));
        }

        client.Output.Resume();
        await AssertSettledOnAsync(client, workspace.PathOf("stalled.case.md"), uri, script);
    }

    [Fact]
    public async Task A_client_that_does_not_read_is_sent_a_bounded_number_of_log_messages_then_told_how_many_were_left_out()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.StartGated();
        await client.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(pullDiagnostics: true), diagnosticsDelayMs: 0);

        // Each edit of a document that is not open is a warning, sent to the client as window/logMessage.
        client.Output!.Pause();
        const int Warnings = 3000;
        for (var i = 1; i <= Warnings; i++)
        {
            await client.ChangeAsync(workspace.UriOf($"closed-{i}.case.md"), 2, Changes.Insert(0, 0, "x"));
        }

        await WaitForErrorOutputAsync(client, $"closed-{Warnings}.case.md", TimeSpan.FromSeconds(20));
        client.Output.Resume();
        Assert.True(await TextSyncTests.ServerStillAnswersAsync(client));

        // Every warning is either sent or counted in a notice; most are counted. (How many are
        // sent depends on the pipe's size and on what the client had read ahead when it stopped.)
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var sent = client.LogMessages().Count(m => m.Contains("which is not open", StringComparison.Ordinal));
            var notices = client.LogMessages().Where(m => m.Contains("log messages were not sent while the client was not reading", StringComparison.Ordinal)).ToList();
            var counted = notices.Sum(m => int.Parse(m[..m.IndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture));
            if (sent + counted == Warnings)
            {
                output.WriteLine($"{sent} of {Warnings} warnings sent, {counted} counted in {notices.Count} notice(s)");
                Assert.InRange(sent, 1, Warnings / 3);
                break;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{sent} warnings sent and {counted} counted, not {Warnings}");
            await Task.Delay(20);
        }

        Assert.Contains($"closed-{Warnings}.case.md", client.Server.ErrorOutput);
    }

    /// <summary>
    /// In-process, with an output that blocks as the console's does (synchronously, in the
    /// thread that writes): the handlers of the client's messages, which run one at a time in
    /// order, must never be the thread that waits for the client, or edits stop being applied.
    /// Warnings logged by didChange are sent to the client from that thread.
    /// </summary>
    [Fact]
    public async Task A_write_that_blocks_does_not_hold_the_thread_that_applies_edits()
    {
        await using var server = new InProcessServer();
        var uri = "file:///nowhere/stalled.case.md";
        await server.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{},"initializationOptions":{"diagnosticsDelayMs":0}}}""");
        await server.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await server.SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "markdown", version = 1, text = Samples.NightInterrogation } } }));

        // Nobody reads the output: warnings (about 300 bytes each) soon fill it.
        for (var i = 1; i <= 1000; i++)
        {
            await server.SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri = $"file:///nowhere/closed-{i}.case.md", version = 2 }, contentChanges = new[] { new { text = "x" } } } }));
        }

        for (var version = 2; version <= 50; version++)
        {
            await server.SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri, version }, contentChanges = new[] { Changes.Insert(0, 0, "x") } } }));
        }

        var clock = Stopwatch.StartNew();
        while (server.Host.Context.State.Find(uri)?.Version != 50)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the document is at version {server.Host.Context.State.Find(uri)?.Version}, not 50, while the client does not read");
            await Task.Delay(20);
        }

        Assert.Equal(new string('x', 49) + Samples.NightInterrogation, server.Host.Context.State.Find(uri)!.Text.Text);
    }

    /// <summary>
    /// A client that pulls diagnostics is asked to pull again (workspace/diagnostic/refresh) after
    /// an edit of a case split over files. If it does not read, it is owed one such request, not
    /// one per edit, each held by the server.
    /// </summary>
    [Fact]
    public async Task A_pulling_client_that_does_not_read_is_owed_one_refresh_not_one_per_edit()
    {
        using var workspace = new TempWorkspace();
        const string Other = "# Criminal case 245100031000999\n- case: 245100031000999\n\n### P-5000 Abenov Daulet\n- role: witness\n";
        workspace.Write("other.case.md", Other);
        await using var client = LspClient.StartGated();
        await client.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(pullDiagnostics: true), diagnosticsDelayMs: 0);
        var uri = workspace.UriOf("stalled.case.md");
        var text = BigCase.Generate(30);
        await client.OpenAsync(uri, text);
        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        var script = new TypingScript(text, Typed, Hour, middleEditEvery: 10);

        client.Output!.Pause();
        Task<JsonElement>? early = null;
        const int Edits = 1500;
        for (var i = 1; i <= Edits; i++)
        {
            var (version, change) = script.Next();
            await client.ChangeAsync(uri, version, change);
            if (i == 100)
            {
                early = client.RequestAsync("casefile/memoryUsage", null);
            }

            await Task.Delay(1);
        }

        var late = client.RequestAsync("casefile/memoryUsage", null);
        await Task.Delay(500);
        client.Output.Resume();
        var (before, after) = ((await early!).GetProperty("managedBytes").GetInt64(), (await late).GetProperty("managedBytes").GetInt64());
        await Task.Delay(500);
        var refreshes = client.Notifications.Count(n => n.Method == "workspace/diagnostic/refresh");
        output.WriteLine($"{refreshes} refresh requests for {Edits} edits; managed memory after collection {before / 1e6:F2} MB after 100 edits, {after / 1e6:F2} MB after {Edits}");
        Assert.InRange(refreshes, 1, 10);
        Assert.True(after - before < 1_000_000, $"the server held {(after - before) / 1e6:F2} MB more after {Edits - 100} edits it could not ask the client to pull");

        // Read again, the client pulls and gets the diagnostics of its text.
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        var path = workspace.PathOf("stalled.case.md");
        Assert.Equal(Expected.Diagnostics([(workspace.PathOf("other.case.md"), Other), (path, script.Text)], path, Language.En), RuntimeClient.Describe(report));
    }

    internal static async Task WaitForErrorOutputAsync(LspClient client, string fragment, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!client.Server.ErrorOutput.Contains(fragment, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < timeout, $"'{fragment}' was not logged within {timeout.TotalSeconds} s: the server stopped handling messages. Stderr:\n{client.Server.ErrorOutput}");
            await Task.Delay(10);
        }
    }

    internal static async Task AssertSettledOnAsync(LspClient client, string path, string uri, TypingScript script)
    {
        // Pushes are only sent when the diagnostics change: the last one may carry an earlier
        // version whose diagnostics were the same.
        var expected = Expected.ForText(path, script.Text, Language.En);
        var settled = await client.WaitForSettledDiagnosticsAsync(uri, p => RuntimeClient.DescribeWithRelated(p).SequenceEqual(expected), timeout: TimeSpan.FromSeconds(60));
        Assert.Equal(expected, RuntimeClient.DescribeWithRelated(settled));
        Assert.True(settled.GetProperty("version").GetInt32() <= script.Version);
    }

    private static async Task AnsweredOrModifiedAsync(Task<JsonElement> request)
    {
        try
        {
            await request.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (RemoteInvocationException error) when (error.ErrorCode == -32801)
        {
            // ContentModified: the document changed while the request was computed.
        }
    }
}
