using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Diagnostics;

/// <summary>
/// Diagnostics, pulled (textDocument/diagnostic, workspace/diagnostic with result IDs) when the
/// client can pull, pushed (publishDiagnostics, after a short pause in typing, only when they
/// changed, with the document's version) otherwise. Every file of the workspace is analysed,
/// open or not.
/// </summary>
public sealed class DiagnosticsFeature : ILanguageFeature, IDisposable
{
    private readonly ServerContext context;
    private readonly ConcurrentDictionary<string, string> published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Timer> pending = new(StringComparer.Ordinal);
    private readonly string? docsRoot = RuleDocs.FindRoot();
    private TaskCompletionSource changeSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DiagnosticsFeature(ServerContext context)
    {
        this.context = context;
        context.Changed += OnChanged;
    }

    /// <summary>How long to wait after the last change before analysing and pushing; 0 pushes at once.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(200);

    private bool Pulls => context.Client.SupportsPullDiagnostics;

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        if (client.SupportsPullDiagnostics)
        {
            capabilities["diagnosticProvider"] = new JsonObject
            {
                ["identifier"] = "casefile",
                ["interFileDependencies"] = true,
                ["workspaceDiagnostics"] = true,
            };
        }
    }

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.DocumentDiagnosticReport> DocumentDiagnosticAsync(Lsp.DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        var state = context.State;
        var file = await context.AnalyzeDocumentAsync(state, request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (file is not { } found)
        {
            return new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.FullKind, null, []);
        }

        var (items, resultId) = Render(found.Snapshot, found.Analysis, state);
        return request.PreviousResultId == resultId
            ? new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.UnchangedKind, resultId, null)
            : new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.FullKind, resultId, items);
    }

    /// <summary>
    /// Every case file's report. When nothing changed since the client's previous result IDs the
    /// answer waits for the next change (or cancellation), so that a client that pulls again at
    /// once does not spin.
    /// </summary>
    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.WorkspaceDiagnosticReport> WorkspaceDiagnosticAsync(Lsp.WorkspaceDiagnosticParams request, CancellationToken cancellationToken)
    {
        var previous = request.PreviousResultIds.ToDictionary(p => DocumentUris.Normalize(p.Uri), p => p.Value, StringComparer.Ordinal);
        while (true)
        {
            var signal = Volatile.Read(ref changeSignal).Task;
            var state = context.State;
            var reports = new List<Lsp.WorkspaceDocumentDiagnosticReport>();
            var anyChanged = previous.Keys.Any(uri => state.Find(uri) is null);
            foreach (var folder in state.Documents.Values.Select(d => DocumentUris.FolderOf(d.Uri)).Distinct())
            {
                var analysis = await context.AnalyzeFolderAsync(state, folder, cancellationToken).ConfigureAwait(false);
                foreach (var (uri, (snapshot, file)) in analysis.Files)
                {
                    var (items, resultId) = Render(snapshot, file, state);
                    if (previous.TryGetValue(uri, out var old) && old == resultId)
                    {
                        reports.Add(new Lsp.WorkspaceDocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.UnchangedKind, resultId, null, uri, snapshot.Version));
                    }
                    else
                    {
                        anyChanged = true;
                        reports.Add(new Lsp.WorkspaceDocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.FullKind, resultId, items, uri, snapshot.Version));
                    }
                }
            }

            if (anyChanged || previous.Count == 0)
            {
                return new Lsp.WorkspaceDiagnosticReport(reports);
            }

            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [JsonRpcIgnore]
    public void Dispose()
    {
        foreach (var timer in pending.Values)
        {
            timer.Dispose();
        }
    }

    private (IReadOnlyList<Lsp.Diagnostic> Items, string ResultId) Render(DocumentSnapshot snapshot, Casefile.Analysis.FileAnalysis file, WorkspaceState state)
    {
        var language = context.LanguageFor(file);
        var items = DiagnosticConverter.Convert(file, snapshot.Text, language, context.Encoding, state, docsRoot);
        return (items, Fingerprint(items));
    }

    private static string Fingerprint(IReadOnlyList<Lsp.Diagnostic> items)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(items);
        return Convert.ToHexString(SHA256.HashData(json))[..16];
    }

    private void OnChanged(IReadOnlyCollection<string> folders)
    {
        Interlocked.Exchange(ref changeSignal, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        if (context.Rpc is null)
        {
            return;
        }

        if (Pulls)
        {
            if (context.Client.SupportsWorkspaceDiagnosticRefresh && folders.Any(f => context.State.InFolder(f).Skip(1).Any()))
            {
                _ = RequestRefreshAsync();
            }

            return;
        }

        foreach (var folder in folders)
        {
            Schedule(folder);
        }
    }

    private void Schedule(string folder)
    {
        if (Delay <= TimeSpan.Zero)
        {
            _ = PublishAsync(folder);
            return;
        }

        // Each change restarts the folder's pause (marksman's debounce).
        var timer = pending.AddOrUpdate(
            folder,
            f => new Timer(_ => _ = PublishAsync(f), null, Delay, Timeout.InfiniteTimeSpan),
            (_, existing) =>
            {
                existing.Change(Delay, Timeout.InfiniteTimeSpan);
                return existing;
            });
        _ = timer;
    }

    private async Task PublishAsync(string folder)
    {
        try
        {
            var state = context.State;
            var analysis = await context.AnalyzeFolderAsync(state, folder, CancellationToken.None).ConfigureAwait(false);
            if (!ReferenceEquals(state, context.State) && context.State.InFolder(folder).Select(d => d.Generation).Except(state.InFolder(folder).Select(d => d.Generation)).Any())
            {
                // A newer change is pending; its own publication will follow.
                return;
            }

            foreach (var (uri, (snapshot, file)) in analysis.Files)
            {
                var (items, fingerprint) = Render(snapshot, file, state);
                var key = $"{fingerprint}@{snapshot.Version}";
                if (published.TryGetValue(uri, out var last) && last == key)
                {
                    continue;
                }

                published[uri] = key;
                await context.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new Lsp.PublishDiagnosticsParams(uri, items) { Version = snapshot.Version }).ConfigureAwait(false);
            }

            foreach (var uri in published.Keys.Where(u => DocumentUris.FolderOf(u) == folder && !analysis.Files.ContainsKey(u)).ToList())
            {
                // The file is gone: clear what was shown for it.
                published.TryRemove(uri, out _);
                await context.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new Lsp.PublishDiagnosticsParams(uri, [])).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ConnectionLostException or ObjectDisposedException)
        {
        }
        catch (Exception exception)
        {
            context.Logger.LogError(exception, "Publishing diagnostics failed");
        }
    }

    private async Task RequestRefreshAsync()
    {
        try
        {
            await context.Rpc.InvokeWithParameterObjectAsync<object?>("workspace/diagnostic/refresh", null).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.Logger.LogDebug("workspace/diagnostic/refresh failed: {Message}", exception.Message);
        }
    }
}
