using System.Diagnostics;
using System.Text.Json;
using Casefile.Localization;
using StreamJsonRpc;
using Xunit.Abstractions;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// 10,000 didChange sent as fast as the client can write them, typing-like (one character per
/// change, incremental), with requests among them: each request is answered within seconds
/// while the burst is being applied (a hung or starved server would not), and once the burst is
/// over the diagnostics pushed (with no pause: diagnosticsDelayMs 0) and pulled are those of a
/// fresh analysis of the client's text.
/// </summary>
public sealed class EditBurstTests(ITestOutputHelper output)
{
    private const int Edits = 10_000;

    /// <summary>
    /// A request waits for the edits sent before it (they apply in order): 0.1 to 1.5 s on this
    /// machine alone, up to 5 s with other builds and tests on its two cores. A hung or starved
    /// server would never answer.
    /// </summary>
    private static readonly TimeSpan Responsive = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Ten_thousand_didChange_in_a_burst_leave_the_server_responsive_and_right()
    {
        var text = Expected.ReadLikeTheCli(Path.Combine(Repository.Examples, "en-assault", "assault.case.md")).ReplaceLineEndings("\n");
        using var workspace = new TempWorkspace();
        var path = workspace.PathOf("assault.case.md");
        var uri = LspClient.Uri(path);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, diagnosticsDelayMs: 0);
        await client.OpenAsync(uri, text);
        await client.WaitForDiagnosticsAsync(uri);
        var script = new TypingScript(text, "### P-77 Omarov Nurlan\n- role: witnes\n- colour: red\n\n", "- start: 2023-11-18 03:30");

        // The requests go out among the edits, in order, without waiting for anything.
        var requests = new List<(int After, Task<TimeSpan> Latency, Task<JsonElement> Answer, string Method)>();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= Edits; i++)
        {
            var (version, change) = script.Next();
            await client.ChangeAsync(uri, version, change);
            if (i % 2500 == 0)
            {
                foreach (var (method, parameters) in new (string, object?)[]
                {
                    ("textDocument/hover", new { textDocument = new { uri }, position = new { line = 10, character = 3 } }),
                    ("textDocument/diagnostic", new { textDocument = new { uri } }),
                    ("casefile/memoryUsage", null),
                })
                {
                    var started = Stopwatch.StartNew();
                    var answer = client.RequestAsync(method, parameters);
                    requests.Add((i, answer.ContinueWith(_ => started.Elapsed, TaskScheduler.Default), answer, method));
                }
            }
        }

        var sent = clock.Elapsed;
        foreach (var (after, answered, answer, method) in requests)
        {
            await AnsweredAsync(answer);
            var latency = await answered;
            output.WriteLine($"{method} sent after edit {after}: answered in {latency.TotalMilliseconds:F0} ms");
            Assert.True(latency < Responsive, $"{method} sent after edit {after} took {latency} to be answered");
        }

        var expected = Expected.ForText(path, script.Text, Language.En);
        var settled = await client.WaitForSettledDiagnosticsAsync(uri, p => RuntimeClient.DescribeWithRelated(p).SequenceEqual(expected), timeout: TimeSpan.FromSeconds(60));
        var applied = clock.Elapsed;
        Assert.Equal(expected, RuntimeClient.DescribeWithRelated(settled));
        Assert.True(settled.GetProperty("version").GetInt32() <= script.Version);
        var pulled = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.Equal(expected, RuntimeClient.DescribeWithRelated(pulled));
        output.WriteLine($"{Edits} didChange written in {sent.TotalMilliseconds:F0} ms ({Edits / sent.TotalSeconds:F0}/s); the last diagnostics settled {applied.TotalMilliseconds:F0} ms after the first edit");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    /// <summary>Answered, with a result or with the errors a stale request gets (ContentModified, ServerCancelled).</summary>
    internal static async Task AnsweredAsync(Task<JsonElement> request)
    {
        try
        {
            await request.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (RemoteInvocationException error) when (error.ErrorCode is -32801 or -32802)
        {
        }
    }
}
