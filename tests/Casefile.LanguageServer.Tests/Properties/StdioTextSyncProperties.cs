using System.Text.Json;
using System.Text.Json.Nodes;
using Casefile.LanguageServer.Workspace;
using CsCheck;

namespace Casefile.LanguageServer.Tests.Properties;

/// <summary>
/// Random editing sessions sent to the real server over stdio, one server per position encoding:
/// a document is opened, edited by 10 to 25 didChange notifications (incremental sync, one to
/// three content changes each), and its pulled diagnostics must then be those of a fresh
/// analysis of the text the client holds (<see cref="ReferenceDocument"/>). Few sessions, so that
/// the test stays quick (the in-process <see cref="TextSyncProperties"/> try many more). A failure
/// prints its seed, which
/// <c>CsCheck_Seed=… dotnet test tests/Casefile.LanguageServer.Tests -c Release --filter FullyQualifiedName~StdioTextSyncProperties</c>
/// replays.
/// </summary>
public sealed class StdioTextSyncProperties
{
    private const int SessionsPerEncoding = 6;
    private static readonly TimeSpan PullTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(PositionEncodingKind.Utf16, "utf-16")]
    [InlineData(PositionEncodingKind.Utf8, "utf-8")]
    [InlineData(PositionEncodingKind.Utf32, "utf-32")]
    public async Task An_edited_document_ends_with_the_diagnostics_of_a_fresh_analysis_of_the_client_text(PositionEncodingKind encoding, string encodingName)
    {
        using var workspace = new TempWorkspace();
        await using var server = LspClient.Start();
        var capabilities = RuntimeClient.Capabilities(pullDiagnostics: true, change: c => c["general"] = new JsonObject { ["positionEncodings"] = new JsonArray(encodingName) });
        var initialized = await server.InitializeAsync(workspace.Root, capabilities);
        Assert.Equal(encodingName, initialized.GetProperty("capabilities").GetProperty("positionEncoding").GetString());

        var sessions = 0;
        await EditGenerators.Session(10, 25).SampleAsync(
            async session =>
            {
                // A folder per session: the documents of a folder are analysed together, and two
                // sessions' documents may well be the same case.
                var path = workspace.PathOf(Path.Combine($"session-{Interlocked.Increment(ref sessions)}", "edited.case.md"));
                var uri = LspClient.Uri(path);
                var client = new ReferenceDocument(session.Document);
                await server.OpenAsync(uri, session.Document);
                var sent = new List<string>();
                foreach (var notification in session.Changes)
                {
                    var changes = client.MakeChanges(notification, encoding);
                    sent.Add(string.Join(", ", changes));
                    await server.ChangeAsync(uri, sent.Count + 1, changes.Select(c => c.ToJson()).ToArray());
                }

                var expected = ExpectedDiagnostics.ForText(path, client, encoding);
                var pulled = RuntimeClient.DescribeWithRelated(await PullAsync(server, uri));
                await server.CloseAsync(uri);
                ExpectedDiagnostics.AssertReported(
                    expected,
                    pulled,
                    $"After didChange {sent.Count} ({encodingName}):\n  {string.Join("\n  ", sent)}\nthe client has \"{ClientEdit.Visible(client.Text)}\"");
            },
            iter: SessionsPerEncoding,
            threads: 1,
            print: EditGenerators.Describe);
    }

    private static async Task<JsonElement> PullAsync(LspClient server, string uri)
    {
        using var timeout = new CancellationTokenSource(PullTimeout);
        try
        {
            return await server.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } }, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No diagnostics for {uri} within {PullTimeout}. Server stderr:\n{server.Server.ErrorOutput}");
        }
    }
}
