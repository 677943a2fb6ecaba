using System.Text;
using System.Text.Json;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// What a broken or hostile client sends: parameters of the wrong shape, edits of documents that
/// are not open, ranges past the end, null texts, envelopes that are JSON but not JSON-RPC. The
/// server answers InvalidParams (or InvalidRequest) or ignores the message, and keeps serving.
/// </summary>
public sealed class ProtocolAbuseTests
{
    private const string Person = "# Criminal case 1\n- case: 1\n\n### P-1 Bekov Bolat\n- role: suspect\n- colour: red\n";

    [Fact]
    public async Task A_notification_with_parameters_of_the_wrong_shape_is_ignored_and_logged()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("shape.case.md");
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = 5 });
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = "one", text = new[] { 1 } } });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = 7, version = 2 }, contentChanges = "x" });
        await client.NotifyAsync("textDocument/didClose", new { });
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = 3, type = "deleted" } } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = 12 });
        await client.NotifyAsync("$/setTrace", new { value = new { } });

        // Still serving: a well-formed open is analysed.
        await client.OpenAsync(uri, Person);
        var published = await client.WaitForDiagnosticsAsync(uri);
        Assert.Equal(["5:2-5:8 warning CF0002 'colour' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(published));
        await WaitForLogAsync(client, "textDocument/didOpen");
        Assert.True(await TextSyncTests.ServerStillAnswersAsync(client));
    }

    [Theory]
    [InlineData("{\"textDocument\":5}")]
    [InlineData("{\"textDocument\":{}}")]
    [InlineData("{\"textDocument\":{\"uri\":null}}")]
    [InlineData("{\"textDocument\":{\"uri\":42}}")]
    [InlineData("[1,2,3]")]
    [InlineData("7")]
    [InlineData("\"text\"")]
    public async Task A_request_with_parameters_of_the_wrong_shape_gets_InvalidParams(string parameters)
    {
        await using var server = ServerProcess.Start();
        var frames = new RawFrames(server);
        await frames.RequestAsync(1, "initialize", "{\"capabilities\":{\"textDocument\":{\"diagnostic\":{}}}}");
        await frames.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        var response = JsonDocument.Parse(await frames.RequestAsync(2, "textDocument/diagnostic", parameters)).RootElement;
        Assert.Equal(2, response.GetProperty("id").GetInt32());
        // JSON-RPC: params that are not an object or an array make the request itself invalid.
        var code = response.GetProperty("error").GetProperty("code").GetInt32();
        Assert.Equal(parameters.StartsWith('{') || parameters.StartsWith('[') ? -32602 : -32600, code);
        Assert.Contains("\"result\":null", await frames.RequestAsync(3, "shutdown", "null"));
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":5,\"params\":{}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"shutdown\",\"params\":{\"a\":}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":null}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":{\"a\":1},\"params\":{}}")]
    public async Task A_request_that_is_JSON_but_not_JSON_RPC_is_answered_with_an_error_when_its_id_can_be_read(string message)
    {
        await using var server = ServerProcess.Start();
        var frames = new RawFrames(server);
        await frames.RequestAsync(1, "initialize", "{\"capabilities\":{}}");
        await frames.SendAsync(message);
        var response = await frames.ReadResponseAsync(9);
        var code = response.GetProperty("error").GetProperty("code").GetInt32();
        Assert.True(code is -32600 or -32700, $"error code {code}");
        Assert.Contains("\"result\":null", await frames.RequestAsync(3, "shutdown", "null"));
    }

    [Fact]
    public async Task A_didChange_for_a_document_that_is_not_open_is_ignored_and_logged()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("never-opened.case.md");
        await client.ChangeAsync(uri, 2, Changes.Insert(0, 0, "# Criminal case 9\n"));
        await WaitForLogAsync(client, "not open");
        Assert.Empty(client.PublishedFor(uri));

        // Opened afterwards, it has the text of didOpen only.
        await client.OpenAsync(uri, Person, version: 3);
        var published = await client.WaitForDiagnosticsAsync(uri);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.Single(RuntimeClient.Describe(published));
    }

    [Fact]
    public async Task A_null_text_is_ignored_and_the_document_keeps_its_last_good_text()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("null.case.md");
        await client.OpenAsync(uri, Person);
        await client.WaitForDiagnosticsAsync(uri);

        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new object[] { new { range = Changes.Range(5, 2, 5, 8), text = (string?)null } } });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 3 }, contentChanges = (object?)null });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 4 }, contentChanges = new object?[] { null } });
        await client.ChangeAsync(uri, 5, Changes.Insert(5, 8, "s"));
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 5);
        Assert.Equal(["5:2-5:9 warning CF0002 'colours' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(published));

        var other = workspace.UriOf("null-open.case.md");
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = other, languageId = "markdown", version = 1, text = (string?)null } });
        Assert.True(await TextSyncTests.ServerStillAnswersAsync(client));
    }

    [Fact]
    public async Task A_request_for_a_document_the_server_does_not_know_answers_an_empty_report()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(capabilities: RuntimeClient.Capabilities(pullDiagnostics: true));
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = "file:///nowhere/x.case.md" } });
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Empty(report.GetProperty("items").EnumerateArray());
        report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = "not a uri at all" } });
        Assert.Empty(report.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Notifications_before_initialize_are_dropped_and_requests_refused_then_the_session_starts_normally()
    {
        using var workspace = new TempWorkspace();
        var uri = workspace.UriOf("early.case.md");
        await using var client = LspClient.Start();
        await client.OpenAsync(uri, Person);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } }));
        Assert.Equal(-32002, error.ErrorCode);
        await client.InitializeAsync(workspace.Root);
        Assert.True(await TextSyncTests.ServerStillAnswersAsync(client));
        Assert.Empty(client.PublishedFor(uri));
    }

    [Fact]
    public async Task An_initialize_whose_parameters_cannot_be_read_gets_InvalidParams_and_a_good_one_may_follow()
    {
        await using var server = ServerProcess.Start();
        var frames = new RawFrames(server);
        var bad = JsonDocument.Parse(await frames.RequestAsync(1, "initialize", "{\"processId\":\"not a number\",\"capabilities\":{}}")).RootElement;
        Assert.Equal(-32602, bad.GetProperty("error").GetProperty("code").GetInt32());
        var good = JsonDocument.Parse(await frames.RequestAsync(2, "initialize", "{\"processId\":null,\"capabilities\":{}}")).RootElement;
        Assert.True(good.GetProperty("result").TryGetProperty("capabilities", out _));
        Assert.Contains("\"result\":null", await frames.RequestAsync(3, "shutdown", "null"));
    }

    [Fact]
    public async Task A_client_process_id_the_server_cannot_see_does_not_end_the_session()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync(processId: int.MaxValue - 7);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.False(client.Server.HasExited);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Headers_in_any_case_with_a_Content_Type_and_LF_only_line_ends_are_read()
    {
        await using var server = ServerProcess.Start();
        var frames = new RawFrames(server);
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        await frames.SendBytesAsync(Encoding.ASCII.GetBytes($"content-length: {body.Length}\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n"));
        await frames.SendBytesAsync(body);
        var response = await frames.ReadResponseAsync(1);
        Assert.True(response.TryGetProperty("result", out _));
    }

    private static async Task WaitForLogAsync(LspClient client, string fragment)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!client.LogMessages().Any(m => m.Contains(fragment, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No log message with '{fragment}'. Logs:\n{string.Join("\n", client.LogMessages())}\nStderr:\n{client.Server.ErrorOutput}");
            }

            await Task.Delay(25);
        }
    }
}
