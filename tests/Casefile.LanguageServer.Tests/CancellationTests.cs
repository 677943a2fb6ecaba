using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// $/cancelRequest and results made stale by an edit, with exact error codes read from the wire.
/// The races are made deterministic by size: analysing the generated case takes far longer than
/// the server takes to read the message sent right behind the request.
/// </summary>
public sealed class CancellationTests
{
    private const int RequestCancelled = -32800;
    private const int ContentModified = -32801;
    private const int ServerCancelled = -32802;

    [Fact]
    public async Task A_workspace_diagnostic_request_waiting_for_changes_is_cancelled_with_RequestCancelled()
    {
        using var workspace = new TempWorkspace();
        var uri = workspace.Write("a.case.md", Samples.NightInterrogation);
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server, workspace.Root);

        var first = await RequestAsync(frames, 2, "workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var report = first.GetProperty("result").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("uri").GetString() == uri);
        Assert.Equal("full", report.GetProperty("kind").GetString());
        var resultId = report.GetProperty("resultId").GetString()!;

        // Nothing changed since that result: the server holds the request open until something does.
        await frames.SendAsync(Request(3, "workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray(new JsonObject { ["uri"] = uri, ["value"] = resultId }) }));
        await Task.Delay(300);
        await frames.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":3}}");
        var cancelled = await frames.ReadResponseAsync(3);
        Assert.Equal(RequestCancelled, cancelled.GetProperty("error").GetProperty("code").GetInt32());

        // The session goes on: the next request is answered.
        var next = await RequestAsync(frames, 4, "workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        Assert.True(next.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task A_pull_of_a_large_document_is_cancelled_with_RequestCancelled()
    {
        using var workspace = new TempWorkspace();
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server, workspace.Root);
        var uri = workspace.UriOf("large.case.md");
        await OpenAsync(frames, uri, BigCase.Generate(1500));

        var request = Request(5, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        await frames.SendAsync(request);
        await frames.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":5}}");
        var response = await frames.ReadResponseAsync(5);
        Assert.Equal(RequestCancelled, response.GetProperty("error").GetProperty("code").GetInt32());

        // Cancelling one request does not spoil the analysis for the next.
        var report = await RequestAsync(frames, 6, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        Assert.Equal(4501, report.GetProperty("result").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_pull_made_stale_by_an_edit_of_its_document_asks_the_client_to_pull_again()
    {
        using var workspace = new TempWorkspace();
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server, workspace.Root);
        var uri = workspace.UriOf("large.case.md");
        await OpenAsync(frames, uri, BigCase.Generate(1500));

        // The request and the edit go out together (both written before either is sent): the edit
        // is applied while the request is computed.
        var request = Request(7, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var edit = Change(uri, 2, 0, 0, "x");
        await frames.SendAsync(request);
        await frames.SendAsync(edit);
        var response = await frames.ReadResponseAsync(7);
        Assert.True(response.TryGetProperty("error", out var error), $"answered {Abbreviated(response)}\n{server.ErrorOutput}");
        Assert.Equal(ServerCancelled, error.GetProperty("code").GetInt32());
        Assert.True(error.GetProperty("data").GetProperty("retriggerRequest").GetBoolean());

        // Pulled again, the report is the edited document's.
        var report = await RequestAsync(frames, 8, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        Assert.Equal("full", report.GetProperty("result").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_pull_goes_on_when_only_another_file_of_the_folder_changes()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var large = workspace.UriOf("large.case.md");
        var other = workspace.UriOf("other.case.md");
        await client.OpenAsync(other, Samples.NightInterrogation);
        await client.WaitForDiagnosticsAsync(other);
        await client.OpenAsync(large, BigCase.Generate(1500));
        await client.WaitForDiagnosticsAsync(large);

        // With push diagnostics on, the edit of the other file starts a newer analysis of the
        // folder, which cancels the one the pull waits for; the large file itself is unchanged.
        await client.ReplaceAsync(large, 2, BigCase.Generate(1499));
        var pull = client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = large } });
        await client.EditAsync(other, 2, 0, 0, 0, 0, "x");
        var report = await pull;
        Assert.Equal(4498, report.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_reader_made_stale_by_an_edit_gets_ContentModified_through_the_shared_document_context()
    {
        using var workspace = new TempWorkspace();
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server, workspace.Root, pullDiagnostics: false);
        var uri = workspace.UriOf("large.case.md");

        // Open, read, edit, in this order on the wire. The open starts the analysis (to push its
        // diagnostics) that the reading request waits for: any request that goes through
        // ServerContext.GetDocumentAsync, here document symbols. The edit starts a newer analysis,
        // which cancels it: the text the request was about is gone.
        var request = Request(9, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var edit = Change(uri, 2, 0, 0, "x");
        await OpenAsync(frames, uri, BigCase.Generate(3000));
        await frames.SendAsync(request);
        await frames.SendAsync(edit);
        var response = await frames.ReadResponseAsync(9);
        Assert.Equal(ContentModified, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    private static async Task<RawFrames> StartAsync(ServerProcess server, string root, bool pullDiagnostics = true)
    {
        var frames = new RawFrames(server);
        var initialize = new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = LspClient.Uri(root),
            ["capabilities"] = pullDiagnostics ? new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } } : new JsonObject(),
            ["initializationOptions"] = new JsonObject { ["diagnosticsDelayMs"] = 0 },
        };
        var response = await RequestAsync(frames, 1, "initialize", initialize);
        Assert.True(response.TryGetProperty("result", out _));
        await frames.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        return frames;
    }

    private static async Task<JsonElement> RequestAsync(RawFrames frames, int id, string method, JsonObject parameters)
    {
        await frames.SendAsync(Request(id, method, parameters));
        return await frames.ReadResponseAsync(id);
    }

    private static Task OpenAsync(RawFrames frames, string uri, string text) =>
        frames.SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "casefile", ["version"] = 1, ["text"] = text } },
        }.ToJsonString());

    private static string Change(string uri, int version, int line, int character, string text) =>
        new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didChange",
            ["params"] = JsonSerializer.SerializeToNode(new
            {
                textDocument = new { uri, version },
                contentChanges = new[] { Changes.Insert(line, character, text) },
            }),
        }.ToJsonString();

    private static string Abbreviated(JsonElement response) => response.ToString() is var text && text.Length > 200 ? text[..200] + "…" : response.ToString();

    private static string Request(int id, string method, JsonObject parameters) =>
        new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString();
}
