using System.Diagnostics;
using System.Text.Json;
using Casefile.Localization;
using Xunit.Abstractions;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Thousands of requests, each cancelled with $/cancelRequest at once, some before they were
/// sent, some long after they were answered, and cancels of ids that never existed, number and
/// string, interleaved with edits. Every request gets exactly one response (its result, or
/// RequestCancelled, ServerCancelled or ContentModified), the server answers normally afterwards
/// with the diagnostics of the client's text, and its memory after collection does not grow from
/// one storm to the next: nothing is left behind per request or per cancel.
/// </summary>
public sealed class CancellationStormTests(ITestOutputHelper output)
{
    private const int RequestCancelled = -32800;
    private const int ContentModified = -32801;
    private const int ServerCancelled = -32802;

    [Fact]
    public async Task Storms_of_cancelled_requests_are_each_answered_once_and_leave_nothing_behind()
    {
        var text = Expected.ReadLikeTheCli(Path.Combine(Repository.Examples, "en-assault", "assault.case.md")).ReplaceLineEndings("\n");
        using var workspace = new TempWorkspace();
        var path = workspace.PathOf("assault.case.md");
        var uri = LspClient.Uri(path);
        await using var client = new WireClient(ServerProcess.Start());
        await client.RequestAsync("initialize", new
        {
            processId = (int?)null,
            rootUri = LspClient.Uri(workspace.Root),
            capabilities = new { textDocument = new { diagnostic = new { } } },
            initializationOptions = new { diagnosticsDelayMs = 0 },
        });
        await client.NotifyAsync("initialized", new { });
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text } });
        var script = new TypingScript(text, "### P-77 Omarov Nurlan\n- role: witnes\n\n", "- start: 2023-11-18 03:30");

        // Two storms to warm up (the thread pool grows, the runtime's buffer pools fill), then two
        // measured: a request or a cancel that left anything behind (a token source, an entry, its
        // parameters) would be 4,000 of them.
        var sent = new List<int>();
        await StormAsync(client, uri, script, sent, 1000);
        await StormAsync(client, uri, script, sent, 2000);
        var before = await MemoryAsync(client);
        var clock = Stopwatch.StartNew();
        await StormAsync(client, uri, script, sent, 2000);
        await StormAsync(client, uri, script, sent, 2000);
        var after = await MemoryAsync(client);
        output.WriteLine($"{sent.Count} requests in four storms; the last two, 4,000 requests, answered in {clock.ElapsedMilliseconds} ms; managed memory after collection {before / 1e6:F2} MB after the first two, {after / 1e6:F2} MB after the last two");

        // The session goes on: the diagnostics are those of the client's text.
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.Equal(Expected.ForText(path, script.Text, Language.En), RuntimeClient.DescribeWithRelated(report.GetProperty("result")));

        // Exactly one response each (a second one would have come by now), and only the ones a
        // cancelled or stale request may get.
        await Task.Delay(500);
        var outcomes = new Dictionary<string, int>();
        foreach (var id in sent)
        {
            var received = client.Responses[id.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            Assert.True(received.Count == 1, $"request {id} got {received.Count} responses");
            var response = received.Single();
            Assert.True(WireClient.ErrorCode(response) is null or RequestCancelled or ContentModified or ServerCancelled, $"request {id}: {response}");
            var outcome = WireClient.Describe(response);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}")));
        Assert.True(outcomes.GetValueOrDefault($"error {RequestCancelled}") > sent.Count / 10, "hardly any request was cancelled");

        // No response for what was never asked.
        Assert.DoesNotContain(client.Responses.Keys, key => key.StartsWith("ghost", StringComparison.Ordinal) || key.Length > 6);

        // Not exactly flat: the thread pool may have grown a thread or two, each with its own buffers.
        Assert.True(after <= before * 1.25, $"managed memory after collection grew from {before / 1e6:F2} MB to {after / 1e6:F2} MB over 4,000 cancelled requests");
    }

    /// <summary>
    /// In-process, where the cancellation strategy's own tables can be read: once every request
    /// of a storm has its response, no request is left among the running ones, and the cancels
    /// kept for requests that may yet come (of ids that never existed, here) stay within their bound.
    /// </summary>
    [Fact]
    public async Task After_a_storm_the_cancellation_tables_hold_nothing_but_a_bounded_few_early_cancels()
    {
        var server = new InProcessServer(blocking: false);
        await using var client = new WireClient(server.Frames(), server);
        const string Uri = "file:///nowhere/storm.case.md";
        await client.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { textDocument = new { diagnostic = new { } } }, initializationOptions = new { diagnosticsDelayMs = 0 } });
        await client.NotifyAsync("initialized", new { });
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text = Samples.NightInterrogation } });
        var script = new TypingScript(Samples.NightInterrogation.ReplaceLineEndings("\n"), "### P-9 Witness\n- role: witnes\n");
        var sent = new List<int>();
        await StormAsync(client, Uri, script, sent, 2000);

        var clock = Stopwatch.StartNew();
        while (server.Host.Cancellation.Pending.Running > 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{server.Host.Cancellation.Pending.Running} requests still among the running ones after all were answered");
            await Task.Delay(20);
        }

        Assert.InRange(server.Host.Cancellation.Pending.EarlyCancels, 1, 512);
        Assert.All(sent, id => Assert.Single(client.Responses[id.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
    }

    /// <summary>
    /// One storm: requests of every kind that reads, each cancelled right behind it; every fifth
    /// cancelled before it is sent; a cancel of an id that never existed and of one answered long
    /// ago with every request; an edit every tenth. Waits until every request has its response.
    /// </summary>
    private static async Task StormAsync(WireClient client, string uri, TypingScript script, List<int> sent, int requests)
    {
        var document = new { uri };
        var position = new { line = 30, character = 3 };
        var range = new { start = new { line = 0, character = 0 }, end = new { line = 200, character = 0 } };
        var kinds = new (string Method, object Parameters)[]
        {
            ("textDocument/hover", new { textDocument = document, position }),
            ("textDocument/diagnostic", new { textDocument = document }),
            ("textDocument/documentSymbol", new { textDocument = document }),
            ("textDocument/semanticTokens/full", new { textDocument = document }),
            ("textDocument/completion", new { textDocument = document, position }),
            ("textDocument/codeLens", new { textDocument = document }),
            ("textDocument/inlayHint", new { textDocument = document, range }),
            ("textDocument/foldingRange", new { textDocument = document }),
            ("textDocument/references", new { textDocument = document, position, context = new { includeDeclaration = true } }),
            ("workspace/symbol", new { query = "P-" }),
            ("textDocument/codeAction", new { textDocument = document, range, context = new { diagnostics = Array.Empty<object>() } }),
        };
        var first = sent.Count;
        for (var i = 0; i < requests; i++)
        {
            var (method, parameters) = kinds[i % kinds.Length];
            var early = i % 5 == 0;
            if (early)
            {
                // Cancelled before it exists: the server remembers the cancel for when the request comes.
                await client.CancelAsync(sent.Count + 1);
            }

            var id = await client.SendRequestAsync(method, parameters);
            sent.Add(id);
            if (!early)
            {
                await client.CancelAsync(id);
            }

            await client.CancelAsync(i % 2 == 0 ? 1_000_000 + id : $"ghost-{id}");
            if (first > 0)
            {
                await client.CancelAsync(sent[i % first]);
            }

            if (i % 10 == 0)
            {
                var (version, change) = script.Next();
                await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { change } });
            }
        }

        foreach (var id in sent.Skip(first))
        {
            await client.ResponseAsync(id);
        }
    }

    private static async Task<long> MemoryAsync(WireClient client) =>
        (await client.RequestAsync("casefile/memoryUsage", null)).GetProperty("result").GetProperty("managedBytes").GetInt64();
}
