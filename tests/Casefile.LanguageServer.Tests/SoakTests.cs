using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Casefile.Localization;
using Xunit.Abstractions;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// 100,000 edits over stdio, typing-like (one character per didChange, incremental, rubbed out
/// again so that the document keeps its size), with a pull of the diagnostics and a hover every
/// 500 edits so that analyses really run, in a workspace of five other case files. The server's managed memory after a full collection
/// (casefile/memoryUsage) at the end must be within 10% of what it was after a warm-up of 10,000
/// edits: nothing accumulates per edit, per analysis or per request. The last pull must be the
/// diagnostics of a fresh analysis of the client's text.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int Edits = 100_000;
    private const int WarmUp = 10_000;
    private const int PullEvery = 500;

    [Fact]
    public async Task A_hundred_thousand_edits_leave_managed_memory_within_10_percent_of_where_it_started()
    {
        // A workspace as a user has one: the three example cases and a generated one of 300
        // interrogations on disk, all analysed once (a workspace pull), and a case typed into.
        var text = Expected.ReadLikeTheCli(Path.Combine(Repository.Examples, "en-assault", "assault.case.md")).ReplaceLineEndings("\n");
        using var workspace = new TempWorkspace();
        foreach (var example in new[] { "en-assault", "kk-theft", "ru-fraud" })
        {
            Repository.CopyFolder(Path.Combine(Repository.Examples, example), workspace.PathOf(example));
        }

        workspace.Write(Path.Combine("generated", "large.case.md"), BigCase.Generate(300));
        var path = workspace.PathOf(Path.Combine("typed", "assault.case.md"));
        var uri = LspClient.Uri(path);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(pullDiagnostics: true));
        var everything = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        Assert.Equal(6, everything.GetProperty("items").GetArrayLength());
        await client.OpenAsync(uri, text);
        var script = new TypingScript(text, "### P-77 Omarov Nurlan\n- role: witnes\n- colour: red\n\n", "- start: 2023-11-18 03:30");

        JsonElement? start = null;
        var typedAtStart = 0;
        var clock = Stopwatch.StartNew();
        var pulls = 0;
        for (var i = 1; i <= Edits; i++)
        {
            var (version, change) = script.Next();
            await client.ChangeAsync(uri, version, change);
            if (i % PullEvery == 0)
            {
                var hover = client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 20 + (i / PullEvery % 40), character = 3 } });
                await PullAsync(client, uri);
                await EditBurstTests.AnsweredAsync(hover);
                pulls++;
            }

            if (i % 10_000 == 0)
            {
                var usage = await client.RequestAsync("casefile/memoryUsage", null);
                output.WriteLine($"after {i:N0} edits ({clock.Elapsed.TotalSeconds:F1} s): managed {usage.GetProperty("managedBytes").GetInt64() / 1e6:F2} MB, working set {usage.GetProperty("workingSetBytes").GetInt64() / 1e6:F0} MB");
                if (i == WarmUp)
                {
                    start = usage;
                    typedAtStart = Encoding.UTF8.GetByteCount(script.Text);
                }
            }
        }

        var expected = Expected.ForText(path, script.Text, Language.En);
        Assert.Equal(expected, RuntimeClient.DescribeWithRelated(await PullAsync(client, uri)));
        var duration = clock.Elapsed;
        var end = await client.RequestAsync("casefile/memoryUsage", null);
        output.WriteLine($"after {Edits:N0} edits ({duration.TotalSeconds:F1} s, {Edits / duration.TotalSeconds:F0} edits/s, {pulls} pulls and hovers): {end}");

        var (before, after) = (start!.Value.GetProperty("managedBytes").GetInt64(), end.GetProperty("managedBytes").GetInt64());
        Assert.Equal(Encoding.UTF8.GetByteCount(script.Text) - typedAtStart, end.GetProperty("textBytes").GetInt64() - start.Value.GetProperty("textBytes").GetInt64());
        Assert.True(after <= before * 1.1, $"managed memory after collection grew from {before / 1e6:F2} MB after {WarmUp:N0} edits to {after / 1e6:F2} MB after {Edits:N0}");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    /// <summary>The pull, again when an edit made it stale (ServerCancelled): the edits before it are all applied, so it settles.</summary>
    private static async Task<JsonElement> PullAsync(LspClient client, string uri)
    {
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
