using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Bodies that are broken JSON or JSON that no handler should take at face value: cut short,
/// nested 100,000 deep, not UTF-8, strings of megabytes, numbers out of range for ids, versions
/// and positions, positions at int.MaxValue in every request that takes one. A request whose id
/// can be read is answered (with an error if need be, never InternalError); anything else is
/// ignored and logged; the server goes on answering and shuts down cleanly.
/// </summary>
public sealed class MalformedJsonTests
{
    private const int ParseError = -32700;
    private const int InvalidParams = -32602;
    private const int InternalError = -32603;

    private const string Uri = "file:///abuse/json.case.md";

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///a")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hov")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,")]
    public async Task A_request_cut_short_gets_a_parse_error(string body)
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server);
        await frames.SendAsync(body);
        Assert.Equal(ParseError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 5)));
        await AssertStillServingAsync(frames, server);
    }

    /// <summary>A whole request followed by more in its frame is broken JSON: it is answered with ParseError, not run.</summary>
    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"casefile/memoryUsage\"}}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"casefile/memoryUsage\"} trailing")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"casefile/memoryUsage\"}{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"shutdown\"}")]
    public async Task Junk_after_a_whole_request_in_its_frame_gets_a_parse_error(string body)
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server);
        await frames.SendAsync(body);
        Assert.Equal(ParseError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 5)));
        await AssertStillServingAsync(frames, server);
    }

    [Fact]
    public async Task JSON_nested_100000_deep_is_refused_without_exhausting_the_stack()
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server);
        const int Depth = 100_000;
        var nested = new string('[', Depth) + new string(']', Depth);

        // As a whole body, as the parameters of a request, inside a notification's parameters, and
        // deep but within what JSON allows (60) where a handler expects an object.
        await frames.SendAsync(nested);
        await frames.SendAsync(new string('[', Depth));
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{nested}}}");
        Assert.Equal(ParseError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 5)));
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\",\"version\":2}},\"contentChanges\":{nested}}}}}");
        var sixty = new string('[', 60) + new string(']', 60);
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{sixty},\"position\":{sixty}}}}}");
        Assert.Equal(InvalidParams, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 6)));
        await AssertStillServingAsync(frames, server);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_refused_wherever_they_are()
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server, pullDiagnostics: true);
        byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80];

        // In a property name, in the method, in a string id, in a document's text, in a URI; and
        // in a property name and a string id of a message that is broken besides, whose id the
        // server looks for to answer it.
        await SendBytesAsync(frames, "{\"jsonrpc\":\"2.0\",\"id\":5,\"", invalid, "\":1,\"method\":\"casefile/memoryUsage\"}");
        await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 5);
        await SendBytesAsync(frames, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/", invalid, "\"}");
        Assert.NotEqual(InternalError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 6)));
        await SendBytesAsync(frames, "{\"jsonrpc\":\"2.0\",\"id\":\"", invalid, "\",\"method\":\"casefile/memoryUsage\"}");
        await SendBytesAsync(frames, $"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"# Criminal case 1\\n- case: 1\\n", invalid, "\"}}}}");
        await SendBytesAsync(frames, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/diagnostic\",\"params\":{\"textDocument\":{\"uri\":\"file:///abuse/", invalid, ".case.md\"}}}");
        Assert.NotEqual(InternalError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 7)));
        await SendBytesAsync(frames, "{\"jsonrpc\":\"2.0\",\"id\":8,\"", invalid, "\":1,\"method\":\"casefile/memoryUsage\",");
        Assert.Equal(ParseError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 8)));
        await SendBytesAsync(frames, "{\"jsonrpc\":\"2.0\",\"method\":\"casefile/memoryUsage\",\"id\":\"", invalid, "\",");
        await AssertStillServingAsync(frames, server);
    }

    [Fact]
    public async Task Strings_of_megabytes_where_a_word_is_expected_are_answered()
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server, pullDiagnostics: true);
        var huge = new string('a', 16 * 1024 * 1024);
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"{huge}\"}}");
        Assert.Equal(-32601, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 5)));
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":\"{huge}\",\"method\":\"casefile/noSuchMethod\"}}");
        while (true)
        {
            var message = JsonDocument.Parse(await frames.ReadAsync().WaitAsync(TimeSpan.FromSeconds(30))).RootElement;
            if (!message.TryGetProperty("method", out _) && message.GetProperty("id").ValueKind == JsonValueKind.String)
            {
                Assert.Equal(huge.Length, message.GetProperty("id").GetString()!.Length);
                break;
            }
        }

        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{{\"uri\":\"file:///{huge}.case.md\"}},\"position\":{{\"line\":0,\"character\":0}}}}}}");
        Assert.NotEqual(InternalError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 6)));
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/diagnostic\",\"params\":{{\"textDocument\":{{\"uri\":\"untitled:{huge}\"}}}}}}");
        Assert.NotEqual(InternalError, ErrorCode(await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 7)));
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"{huge}\",\"params\":{{\"{huge}\":\"{huge}\"}}}}");
        await AssertStillServingAsync(frames, server);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("99999999999999999999999")]
    [InlineData("-9223372036854775809")]
    [InlineData("1.5")]
    [InlineData("-1")]
    [InlineData("true")]
    [InlineData("{\"a\":1}")]
    [InlineData("[5]")]
    public async Task An_id_out_of_range_or_of_the_wrong_type_does_not_stop_the_server(string id)
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server);
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"casefile/memoryUsage\"}}");
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\"}},\"position\":{{\"line\":0,\"character\":0}}}}}}");
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{{\"id\":{id}}}}}");
        await AssertStillServingAsync(frames, server);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("1e300")]
    [InlineData("-1")]
    [InlineData("2147483647")]
    [InlineData("\"7\"")]
    [InlineData("null")]
    public async Task Versions_out_of_range_never_corrupt_the_document(string version)
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server, pullDiagnostics: true);
        await OpenAsync(frames, Samples.NightInterrogation);
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\",\"version\":{version}}},\"contentChanges\":[{{\"range\":{{\"start\":{{\"line\":0,\"character\":0}},\"end\":{{\"line\":0,\"character\":0}}}},\"text\":\"x\"}}]}}}}");

        // Whatever became of that edit, the document is one of the two texts and its diagnostics are that text's.
        var report = await PullAsync(frames, server, 5);
        var applied = version is "2147483647" or "\"7\"";
        var text = applied ? "x" + Samples.NightInterrogation : Samples.NightInterrogation;
        Assert.Equal(Expected.Diagnostics("/abuse/json.case.md", text, Casefile.Localization.Language.En).Count, report.GetProperty("result").GetProperty("items").GetArrayLength());
        await AssertStillServingAsync(frames, server);
    }

    /// <summary>Every request that takes a position or a range, with int.MaxValue, -1 and 2^31 in every coordinate.</summary>
    [Theory]
    [InlineData("2147483647")]
    [InlineData("-1")]
    [InlineData("2147483648")]
    [InlineData("-2147483648")]
    public async Task Positions_at_the_ends_of_the_integers_are_answered_without_an_internal_error(string coordinate)
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server, pullDiagnostics: true);
        await OpenAsync(frames, Samples.NightInterrogation);
        var position = $"{{\"line\":{coordinate},\"character\":{coordinate}}}";
        var mixed = $"{{\"line\":3,\"character\":{coordinate}}}";
        var range = $"{{\"start\":{mixed},\"end\":{position}}}";
        var document = $"\"textDocument\":{{\"uri\":\"{Uri}\"}}";
        string[] requests =
        [
            $"\"textDocument/hover\",\"params\":{{{document},\"position\":{position}}}",
            $"\"textDocument/hover\",\"params\":{{{document},\"position\":{mixed}}}",
            $"\"textDocument/definition\",\"params\":{{{document},\"position\":{position}}}",
            $"\"textDocument/references\",\"params\":{{{document},\"position\":{mixed},\"context\":{{\"includeDeclaration\":true}}}}",
            $"\"textDocument/documentHighlight\",\"params\":{{{document},\"position\":{position}}}",
            $"\"textDocument/completion\",\"params\":{{{document},\"position\":{mixed}}}",
            $"\"textDocument/completion\",\"params\":{{{document},\"position\":{position}}}",
            $"\"textDocument/prepareRename\",\"params\":{{{document},\"position\":{mixed}}}",
            $"\"textDocument/rename\",\"params\":{{{document},\"position\":{position},\"newName\":\"P-9\"}}",
            $"\"textDocument/codeAction\",\"params\":{{{document},\"range\":{range},\"context\":{{\"diagnostics\":[]}}}}",
            $"\"textDocument/inlayHint\",\"params\":{{{document},\"range\":{range}}}",
            $"\"textDocument/semanticTokens/range\",\"params\":{{{document},\"range\":{range}}}",
        ];
        var id = 10;
        foreach (var request in requests)
        {
            await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{++id},\"method\":{request}}}");
            var response = await MalformedHeaderTests.AssertAnsweredAsync(frames, server, id);
            Assert.True(ErrorCode(response) is not InternalError, $"{request} was answered {response}");
        }

        // An edit at the same place: applied at the end of the text (a line past the last one is the end).
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\",\"version\":2}},\"contentChanges\":[{{\"range\":{range},\"text\":\"\\n- colour: red\\n\"}}]}}}}");
        Assert.True(ErrorCode(await PullAsync(frames, server, 99)) is null);
        Assert.DoesNotContain(" fail ", server.ErrorOutput);
        await AssertStillServingAsync(frames, server);
    }

    private static int? ErrorCode(JsonElement response) =>
        response.TryGetProperty("error", out var error) ? error.GetProperty("code").GetInt32() : null;

    private static Task OpenAsync(RawFrames frames, string text) =>
        frames.SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text } },
        }.ToJsonString());

    private static async Task<JsonElement> PullAsync(RawFrames frames, ServerProcess server, int id)
    {
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"textDocument/diagnostic\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\"}}}}}}");
        return await MalformedHeaderTests.AssertAnsweredAsync(frames, server, id);
    }

    private static async Task SendBytesAsync(RawFrames frames, string before, byte[] bytes, string after)
    {
        byte[] body = [.. Encoding.UTF8.GetBytes(before), .. bytes, .. Encoding.UTF8.GetBytes(after)];
        await frames.SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    /// <summary>The next request is answered, and the session shuts down with exit code 0 and no unhandled exception.</summary>
    private static async Task AssertStillServingAsync(RawFrames frames, ServerProcess server)
    {
        int id;
        try
        {
            id = await frames.SendRequestAsync("casefile/memoryUsage", "null");
        }
        catch (IOException exception)
        {
            throw new Xunit.Sdk.XunitException($"The server is gone ({exception.Message}; exit code {await server.WaitForExitAsync(TimeSpan.FromSeconds(5))}). Stderr:\n{server.ErrorOutput}");
        }

        Assert.True((await MalformedHeaderTests.AssertAnsweredAsync(frames, server, id)).TryGetProperty("result", out _));
        await MalformedHeaderTests.AssertShutsDownAsync(frames, server);
    }
}
