using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Casefile.LanguageServer.Transport;
using Casefile.Localization;
using Xunit.Abstractions;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Messages of tens of megabytes, and one over the server's limit
/// (<see cref="LspMessageHandler.MaxMessageBytes"/>): a document opened at 32 MB, a replacement of
/// 24 MB typed into a small one. The server takes them, keeps answering, reports the diagnostics
/// of the text it was sent, and lets go of the memory afterwards; a message over the limit is read
/// past without being kept, and the request in it answered.
/// </summary>
public sealed class HugeMessageTests(ITestOutputHelper output)
{
    /// <summary>A case file with its problems at the top and megabytes of prose about the event below.</summary>
    private static string LargeCase(int megabytes)
    {
        var text = new StringBuilder(Samples.NightInterrogation.ReplaceLineEndings("\n")).Append("\n\n");
        var line = "The witness stated that on the evening of 28 February the suspect was at home, which the neighbours confirmed.\n";
        while (text.Length < megabytes * 1024 * 1024)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public async Task A_document_of_32_MB_is_opened_analysed_edited_at_its_end_and_closed()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(pullDiagnostics: true));
        var path = workspace.PathOf("large.case.md");
        var uri = LspClient.Uri(path);
        var text = LargeCase(32);

        var clock = Stopwatch.StartNew();
        await client.OpenAsync(uri, text);
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        output.WriteLine($"didOpen of {text.Length / 1e6:F1} M characters and the first pull: {clock.ElapsedMilliseconds} ms, resident {client.Server.ResidentBytes() / 1e6:F0} MB");
        Assert.Equal(Expected.ForText(path, text, Language.En), RuntimeClient.DescribeWithRelated(report));
        Assert.True(await TextSyncTests.ServerStillAnswersAsync(client));

        // An edit at the very end: a person with a role that is no value.
        var lines = text.Count(c => c == '\n');
        clock.Restart();
        await client.EditAsync(uri, 2, lines, 0, lines, 0, "### P-9 Abenov Daulet\n- role: witnes\n");
        text += "### P-9 Abenov Daulet\n- role: witnes\n";
        report = await PullAsync(client, uri);
        output.WriteLine($"an edit at its end and the pull after it: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(Expected.ForText(path, text, Language.En), RuntimeClient.DescribeWithRelated(report));
        Assert.Contains(RuntimeClient.Describe(report), d => d.Contains("CF0003 'witnes'", StringComparison.Ordinal));

        var held = await client.RequestAsync("casefile/memoryUsage", null);
        output.WriteLine($"held: {held}");
        Assert.Equal(Encoding.UTF8.GetByteCount(text), held.GetProperty("textBytes").GetInt64());

        // Closed (it is not on disk), the server lets go of it.
        await client.CloseAsync(uri);
        var after = await client.RequestAsync("casefile/memoryUsage", null);
        output.WriteLine($"after close: {after}");
        Assert.Equal(0, after.GetProperty("textBytes").GetInt64());

        // Its text alone was 2 bytes a character. (What is left besides is the buffers the runtime
        // pools for messages this large, which it trims within a minute.)
        var (withDocument, withoutDocument) = (held.GetProperty("managedBytes").GetInt64(), after.GetProperty("managedBytes").GetInt64());
        Assert.True(withDocument - withoutDocument > 2L * text.Length, $"{withDocument / 1e6:F1} MB held with the document open, {withoutDocument / 1e6:F1} MB after it was closed");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_replacement_of_24_MB_in_one_didChange_is_applied()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(pullDiagnostics: true));
        var path = workspace.PathOf("replaced.case.md");
        var uri = LspClient.Uri(path);
        var text = Samples.NightInterrogation.ReplaceLineEndings("\n");
        await client.OpenAsync(uri, text);
        await PullAsync(client, uri);

        // Replace the interrogation's end time with 24 MB of prose (an hour that is no hour, then the prose).
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("- end:", StringComparison.Ordinal));
        var prose = LargeCase(24)[Samples.NightInterrogation.Length..];
        await client.EditAsync(uri, 2, line, 7, line, 23, "late" + prose);
        var lines = text.Split('\n');
        lines[line] = "- end: late" + prose;
        text = string.Join('\n', lines);
        var report = await PullAsync(client, uri);
        Assert.Equal(Expected.ForText(path, text, Language.En), RuntimeClient.DescribeWithRelated(report));
        var large = (await client.RequestAsync("casefile/memoryUsage", null)).GetProperty("managedBytes").GetInt64();

        // And back: the document is small again, and what the server holds shrinks by the large
        // text at least (2 bytes a character).
        await client.ReplaceAsync(uri, 3, Samples.NightInterrogation);
        report = await PullAsync(client, uri);
        Assert.Equal(Expected.ForText(path, Samples.NightInterrogation, Language.En), RuntimeClient.DescribeWithRelated(report));
        var small = (await client.RequestAsync("casefile/memoryUsage", null)).GetProperty("managedBytes").GetInt64();
        output.WriteLine($"managed memory after collection: {large / 1e6:F1} MB with the {text.Length / 1e6:F1} M characters, {small / 1e6:F1} MB after");
        Assert.True(large - small > 2L * prose.Length, $"{large / 1e6:F1} MB with the large text, {small / 1e6:F1} MB after it was replaced");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    /// <summary>
    /// One byte over <see cref="LspMessageHandler.MaxMessageBytes"/>: a didOpen is dropped, a request is
    /// answered InvalidRequest (its id is read from the first bytes), and neither is kept in memory.
    /// </summary>
    [Fact]
    public async Task A_message_over_the_limit_is_read_past_without_being_kept_and_a_request_in_one_is_answered()
    {
        await using var server = ServerProcess.Start();
        var frames = await MalformedHeaderTests.StartAsync(server, pullDiagnostics: true);
        var before = server.ResidentBytes();
        var peak = before;
        var clock = Stopwatch.StartNew();
        const string Uri = "file:///abuse/over.case.md";
        foreach (var (head, tail) in new[]
        {
            ($"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"# Criminal case 1\\n- case: 1\\n", "\"}}}"),
            ($"{{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\"}},\"position\":{{\"line\":0,\"character\":0}},\"padding\":\"", "\"}}"),
        })
        {
            var headBytes = Encoding.UTF8.GetBytes(head);
            var tailBytes = Encoding.UTF8.GetBytes(tail);
            long length = LspMessageHandler.MaxMessageBytes + 1L;
            await frames.SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {length}\r\n\r\n"), .. headBytes]);
            var padding = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
            var remaining = length - headBytes.Length - tailBytes.Length;
            while (remaining > 0)
            {
                var chunk = (int)Math.Min(padding.Length, remaining);
                await server.Input.WriteAsync(padding.AsMemory(0, chunk));
                remaining -= chunk;
                if (remaining % (32 * padding.Length) == 0)
                {
                    peak = Math.Max(peak, server.ResidentBytes());
                }
            }

            await frames.SendBytesAsync(tailBytes);
        }

        var answer = await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 7);
        output.WriteLine($"two messages of {(LspMessageHandler.MaxMessageBytes + 1L) / 1e6:F0} MB read past in {clock.ElapsedMilliseconds} ms; resident memory {before / 1e6:F0} MB before, at most {peak / 1e6:F0} MB; answered {answer.GetProperty("error").GetProperty("message").GetString()}");
        Assert.Equal(-32600, answer.GetProperty("error").GetProperty("code").GetInt32());
        Assert.True(peak - before < 64_000_000, $"the server grew from {before / 1e6:F0} MB to {peak / 1e6:F0} MB reading past two messages it does not keep");

        // The didOpen was dropped: the server does not know the document.
        await frames.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/diagnostic\",\"params\":{{\"textDocument\":{{\"uri\":\"{Uri}\"}}}}}}");
        var report = await MalformedHeaderTests.AssertAnsweredAsync(frames, server, 8);
        Assert.Empty(report.GetProperty("result").GetProperty("items").EnumerateArray());
        Assert.Contains("over the limit", server.ErrorOutput);
        await MalformedHeaderTests.AssertShutsDownAsync(frames, server);
    }

    private static async Task<JsonElement> PullAsync(LspClient client, string uri)
    {
        // A pull made stale by an edit still in flight is answered ServerCancelled: pull again.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
            }
            catch (StreamJsonRpc.RemoteInvocationException error) when (error.ErrorCode == -32802 && attempt < 5)
            {
            }
        }
    }
}
