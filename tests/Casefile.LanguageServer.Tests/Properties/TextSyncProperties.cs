using System.Text.Json;
using Casefile.Analysis;
using Casefile.LanguageServer.Features.Diagnostics;
using Casefile.LanguageServer.Transport;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Casefile.Syntax;
using CsCheck;

namespace Casefile.LanguageServer.Tests.Properties;

/// <summary>
/// Random editing sessions applied in-process, as the server applies a didChange, against
/// <see cref="ReferenceDocument"/>: the server must hold the text the client holds after every
/// notification, whatever the encoding, and the diagnostics of that text must be those of a fresh
/// analysis. A failure prints its seed, which
/// <c>CsCheck_Seed=… dotnet test tests/Casefile.LanguageServer.Tests -c Release --filter FullyQualifiedName~Properties.TextSyncProperties</c>
/// replays.
/// </summary>
public sealed class TextSyncProperties
{
    private static readonly string EditedPath = Path.Combine(Path.GetTempPath(), "casefile-properties", "edited.case.md");
    private static readonly string EditedUri = DocumentUris.FromPath(EditedPath);
    private static readonly JsonSerializerOptions Wire = WireOptions();

    [Theory]
    [InlineData(PositionEncodingKind.Utf16)]
    [InlineData(PositionEncodingKind.Utf8)]
    [InlineData(PositionEncodingKind.Utf32)]
    public void Every_didChange_leaves_the_server_with_the_text_the_client_has(PositionEncodingKind encoding)
    {
        EditGenerators.Session(1, 15).Sample(
            session =>
            {
                var client = new ReferenceDocument(session.Document);
                var server = new SourceText(session.Document);
                var sent = new List<string>();
                foreach (var notification in session.Changes)
                {
                    var changes = client.MakeChanges(notification, encoding);
                    sent.Add(string.Join(", ", changes));
                    server = TextChanges.Apply(server, changes.Select(c => c.ToProtocol()).ToList(), encoding);
                    if (server.Text != client.Text)
                    {
                        throw new Xunit.Sdk.XunitException(
                            $"After didChange {sent.Count} ({encoding}):\n  {string.Join("\n  ", sent)}\n" +
                            $"the server has \"{ClientEdit.Visible(server.Text)}\"\nbut the client \"{ClientEdit.Visible(client.Text)}\"");
                    }
                }
            },
            iter: 1500,
            print: EditGenerators.Describe);
    }

    /// <summary>
    /// Each didChange is analysed as the server does (one <see cref="AnalysisService"/>, a new
    /// snapshot per change, a newer state cancelling the analysis of an older one), and every
    /// analysis that completes must be the fresh analysis of the text of its own snapshot; the
    /// last one must complete, and asking for it again must give the same from the cache.
    /// </summary>
    [Theory]
    [InlineData(PositionEncodingKind.Utf16)]
    [InlineData(PositionEncodingKind.Utf8)]
    [InlineData(PositionEncodingKind.Utf32)]
    public async Task The_diagnostics_of_an_edited_document_are_those_of_a_fresh_analysis_of_its_text(PositionEncodingKind encoding)
    {
        await EditGenerators.Session(1, 10).SampleAsync(
            async session =>
            {
                var service = new AnalysisService();
                var folder = DocumentUris.FolderOf(EditedUri);
                var client = new ReferenceDocument(session.Document);
                var state = Open(WorkspaceState.Empty, new SourceText(session.Document), version: 1);
                var sent = new List<string>();
                var analyses = new List<(Task<FolderAnalysis> Analysis, WorkspaceState State, IReadOnlyList<string> Expected, string Edits)>
                {
                    (service.AnalyzeAsync(state, folder, _ => RuleSettings.Default, CancellationToken.None), state, ExpectedDiagnostics.ForText(EditedPath, client, encoding), "As opened"),
                };
                foreach (var notification in session.Changes)
                {
                    var changes = client.MakeChanges(notification, encoding);
                    sent.Add(string.Join(", ", changes));
                    var text = TextChanges.Apply(state.Find(EditedUri)!.Text, changes.Select(c => c.ToProtocol()).ToList(), encoding);
                    state = Open(state, text, version: analyses.Count + 1);
                    analyses.Add((
                        service.AnalyzeAsync(state, folder, _ => RuleSettings.Default, CancellationToken.None),
                        state,
                        ExpectedDiagnostics.ForText(EditedPath, client, encoding),
                        $"After didChange {sent.Count} ({encoding}):\n  {string.Join("\n  ", sent)}"));
                }

                for (var i = 0; i < analyses.Count; i++)
                {
                    var (analysis, analysed, expected, edits) = analyses[i];
                    FolderAnalysis done;
                    try
                    {
                        done = await analysis;
                    }
                    catch (OperationCanceledException) when (i < analyses.Count - 1)
                    {
                        // Superseded by a newer state before it finished: nobody waits for it any more.
                        continue;
                    }

                    ExpectedDiagnostics.AssertReported(expected, Describe(done, analysed, encoding), edits);
                }

                var again = await service.AnalyzeAsync(state, folder, _ => RuleSettings.Default, CancellationToken.None);
                ExpectedDiagnostics.AssertReported(analyses[^1].Expected, Describe(again, state, encoding), analyses[^1].Edits + "\n(asked again)");
            },
            iter: 100,
            print: EditGenerators.Describe);
    }

    private static WorkspaceState Open(WorkspaceState state, SourceText text, int version) => state with
    {
        Documents = state.Documents.SetItem(EditedUri, new DocumentSnapshot(EditedUri, text, version, isOpen: true)),
        Revision = state.Revision + 1,
    };

    /// <summary>The document's diagnostics as the server would send them, described like those received over stdio.</summary>
    private static IReadOnlyList<string> Describe(FolderAnalysis analysis, WorkspaceState state, PositionEncodingKind encoding)
    {
        var (snapshot, file) = analysis.Files[EditedUri];

        // The analysis of the very snapshot asked for: a cached one of an older or newer text would
        // put its diagnostics on the wrong lines.
        Assert.Same(state.Find(EditedUri), snapshot);
        var items = DiagnosticConverter.Convert(file, snapshot.Text, file.Model.Case.Language ?? Language.En, encoding, state, docsRoot: null);
        return RuntimeClient.DescribeWithRelated(JsonSerializer.SerializeToElement(new { items }, Wire));
    }

    private static JsonSerializerOptions WireOptions()
    {
        var options = new JsonSerializerOptions();
        JsonOptions.Configure(options);
        return options;
    }
}
