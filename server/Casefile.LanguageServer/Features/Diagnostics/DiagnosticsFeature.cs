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
/// open or not. A pulling client is asked to pull again (workspace/diagnostic/refresh) after a
/// change that may alter other documents than the edited one.
/// </summary>
public sealed class DiagnosticsFeature : ILanguageFeature, IDisposable
{
    private static readonly TimeSpan RefreshTimeout = TimeSpan.FromSeconds(30);
    private readonly ServerContext context;
    /// <summary>What was last pushed for each document, with its folder (known from its snapshot, not parsed again from the URI on every push).</summary>
    private readonly ConcurrentDictionary<string, (string Folder, string Fingerprint)> published = new(StringComparer.Ordinal);

    /// <summary>The analysis and settings each push was rendered from: the same again renders the same.</summary>
    private readonly ConcurrentDictionary<string, (Casefile.Analysis.FileAnalysis Analysis, long SettingsGeneration)> publishedFrom = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Timer> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FolderPushes> pushesByFolder = new(StringComparer.Ordinal);
    private readonly object refreshGate = new();
    private readonly string? docsRoot = RuleDocs.FindRoot();
    private TaskCompletionSource changeSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long refreshedSettingsGeneration;
    private Timer? refreshTimer;
    private bool refreshing;
    private bool refreshAgain;

    public DiagnosticsFeature(ServerContext context)
    {
        this.context = context;
        context.Changed += OnChanged;
    }

    /// <summary>How long to wait after the last change before analysing and pushing; 0 pushes at once.</summary>
    public TimeSpan Delay
    {
        get => context.DiagnosticsDelay;
        set => context.DiagnosticsDelay = value;
    }

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

    /// <summary>
    /// The document's report, or "unchanged" when the client's result ID is still current. A
    /// report made stale by an edit of the document is not sent: the answer is ServerCancelled
    /// with <c>retriggerRequest</c>, on which clients pull again (LSP 3.17; ContentModified would
    /// make VS Code show an empty report in the meantime).
    /// </summary>
    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.DocumentDiagnosticReport> DocumentDiagnosticAsync(Lsp.DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        var uri = DocumentUris.Normalize(request.TextDocument.Uri);
        var state = context.State;
        await context.SettingsLoaded.WaitAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            (DocumentSnapshot Snapshot, Casefile.Analysis.FileAnalysis Analysis)? file;
            try
            {
                file = await context.AnalyzeDocumentAsync(state, uri, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A newer change to the folder superseded this analysis.
                var latest = context.State;
                if (attempt >= 3 || latest.Find(uri)?.Generation != state.Find(uri)?.Generation)
                {
                    throw Stale();
                }

                state = latest;
                continue;
            }

            if (file is not { } found)
            {
                return new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.FullKind, null, []);
            }

            if (context.IsModified(found.Snapshot))
            {
                throw Stale();
            }

            var (items, resultId) = Render(found.Snapshot, found.Analysis, state);
            return request.PreviousResultId == resultId
                ? new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.UnchangedKind, resultId, null)
                : new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.FullKind, resultId, items);
        }
    }

    /// <summary>
    /// Every case file's report. When nothing changed since the client's previous result IDs the
    /// answer waits for the next change (or cancellation), so that a client that pulls again at
    /// once does not spin.
    /// </summary>
    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<Lsp.WorkspaceDiagnosticReport> WorkspaceDiagnosticAsync(Lsp.WorkspaceDiagnosticParams request, CancellationToken cancellationToken)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in request.PreviousResultIds ?? [])
        {
            previous[DocumentUris.Normalize(id.Uri)] = id.Value;
        }

        await context.WorkspaceLoaded.WaitAsync(cancellationToken).ConfigureAwait(false);

        while (true)
        {
            var signal = Volatile.Read(ref changeSignal).Task;
            var state = context.State;
            var reports = new List<Lsp.WorkspaceDocumentDiagnosticReport>();
            var anyChanged = false;
            try
            {
                foreach (var folder in state.Documents.Values.Select(d => d.Folder).Distinct(StringComparer.Ordinal))
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
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A newer change superseded the state being reported: report that one instead.
                continue;
            }

            foreach (var gone in previous.Keys.Where(uri => state.Find(uri) is not { IsCaseFile: true }))
            {
                // A file the client knows of that is gone (deleted, closed and not on disk, no
                // longer a case file): clear it.
                anyChanged = true;
                reports.Add(new Lsp.WorkspaceDocumentDiagnosticReport(Lsp.DocumentDiagnosticReport.FullKind, null, [], gone, null));
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

        refreshTimer?.Dispose();
    }

    private (IReadOnlyList<Lsp.Diagnostic> Items, string ResultId) Render(DocumentSnapshot snapshot, Casefile.Analysis.FileAnalysis file, WorkspaceState state)
    {
        var language = context.LanguageFor(file);
        var items = DiagnosticConverter.Convert(file, snapshot.Text, language, context.Encoding, state, docsRoot);
        return (items, Fingerprint(items));
    }

    private static LocalRpcException Stale() =>
        new("The document changed while its diagnostics were computed; pull again.")
        {
            ErrorCode = Lsp.ErrorCodes.ServerCancelled,
            ErrorData = new Lsp.DiagnosticServerCancellationData(RetriggerRequest: true),
        };

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
            // The client pulls each document as it edits it; it must be told to pull again when
            // the change may alter other documents too: another file of the same case, or the settings.
            var state = context.State;
            var settingsChanged = Interlocked.Exchange(ref refreshedSettingsGeneration, state.SettingsGeneration) != state.SettingsGeneration;
            if (context.Client.SupportsWorkspaceDiagnosticRefresh && (settingsChanged || folders.Any(f => state.InFolder(f).Count(d => d.IsCaseFile) > 1)))
            {
                ScheduleRefresh();
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
        var delay = context.DiagnosticsDelay;
        if (delay <= TimeSpan.Zero)
        {
            _ = PublishAsync(folder);
            return;
        }

        // Each change restarts the folder's pause (marksman's debounce).
        pending.AddOrUpdate(
            folder,
            f => new Timer(_ => _ = PublishAsync(f), null, delay, Timeout.InfiniteTimeSpan),
            (_, existing) =>
            {
                existing.Change(delay, Timeout.InfiniteTimeSpan);
                return existing;
            });
    }

    /// <summary>
    /// Analyses the folder as it is now and pushes what changed since the last push. Each change
    /// starts its own analysis (a newer one cancels an older one), but pushes of one folder take
    /// turns through <see cref="FolderPushes"/>, which keeps only the newest analysis waiting: a
    /// client that reads slowly, or not at all, holds back one push per folder, never a queue of
    /// them. A push whose state was superseded in the meantime sends nothing (the newer state's own
    /// push follows), so a client never sees older diagnostics after newer ones.
    /// </summary>
    private async Task PublishAsync(string folder)
    {
        try
        {
            await context.SettingsLoaded.ConfigureAwait(false);
            var state = context.State;
            var analysis = await context.AnalyzeFolderAsync(state, folder, CancellationToken.None).ConfigureAwait(false);
            var pushes = pushesByFolder.GetOrAdd(folder, _ => new FolderPushes());
            if (!pushes.Offer(state, analysis))
            {
                // Another push of this folder is being sent; it takes this analysis (or a newer one) when it is done.
                return;
            }

            var done = false;
            try
            {
                while (pushes.Take() is { } next)
                {
                    await SendAsync(folder, next.State, next.Analysis).ConfigureAwait(false);
                }

                done = true;
            }
            finally
            {
                if (!done)
                {
                    // A push that failed gives up the turn, so that the next change's push is sent.
                    pushes.GiveUp();
                }
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

    private async Task SendAsync(string folder, WorkspaceState state, FolderAnalysis analysis)
    {
        if (IsSuperseded(state, folder))
        {
            return;
        }

        foreach (var (uri, (snapshot, file)) in analysis.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (publishedFrom.TryGetValue(uri, out var from) && ReferenceEquals(from.Analysis, file) && from.SettingsGeneration == state.SettingsGeneration && published.ContainsKey(uri))
            {
                // Another case of the folder changed: this file's analysis is the cached one, already pushed.
                continue;
            }

            var (items, fingerprint) = Render(snapshot, file, state);
            publishedFrom[uri] = (file, state.SettingsGeneration);
            if (published.TryGetValue(uri, out var last) && last.Fingerprint == fingerprint)
            {
                // Only what changed is pushed: the same diagnostics again would only make the editor redraw.
                continue;
            }

            published[uri] = (snapshot.Folder, fingerprint);
            await context.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new Lsp.PublishDiagnosticsParams(uri, items) { Version = snapshot.Version }).ConfigureAwait(false);
        }

        foreach (var uri in published.Where(p => p.Value.Folder == folder && !analysis.Files.ContainsKey(p.Key)).Select(p => p.Key).ToList())
        {
            // The file is gone: clear what was shown for it.
            published.TryRemove(uri, out _);
            publishedFrom.TryRemove(uri, out _);
            await context.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new Lsp.PublishDiagnosticsParams(uri, [])).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the folder's documents or the settings changed since <paramref name="analysed"/>.</summary>
    private bool IsSuperseded(WorkspaceState analysed, string folder)
    {
        var now = context.State;
        if (ReferenceEquals(now, analysed))
        {
            return false;
        }

        return now.SettingsGeneration != analysed.SettingsGeneration
            || !now.InFolder(folder).Select(d => d.Generation).ToHashSet().SetEquals(analysed.InFolder(folder).Select(d => d.Generation));
    }

    /// <summary>A refresh after the same pause in typing as a push, so that typing does not make the client pull everything at every keystroke.</summary>
    private void ScheduleRefresh()
    {
        var delay = context.DiagnosticsDelay;
        if (delay <= TimeSpan.Zero)
        {
            _ = RequestRefreshAsync();
            return;
        }

        lock (pending)
        {
            refreshTimer ??= new Timer(_ => _ = RequestRefreshAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            refreshTimer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// Asks the client to pull again. One request is out at a time: one asked for meanwhile is sent
    /// once it is answered (or after <see cref="RefreshTimeout"/>, when it is given up), so a client
    /// that reads slowly or not at all is owed one refresh, not one per edit.
    /// </summary>
    private async Task RequestRefreshAsync()
    {
        lock (refreshGate)
        {
            if (refreshing)
            {
                refreshAgain = true;
                return;
            }

            refreshing = true;
        }

        while (true)
        {
            try
            {
                using var timeout = new CancellationTokenSource(RefreshTimeout);
                await context.Rpc.InvokeWithParameterObjectAsync<object?>("workspace/diagnostic/refresh", null, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                context.Logger.LogDebug("workspace/diagnostic/refresh failed: {Message}", exception.Message);
            }

            lock (refreshGate)
            {
                if (!refreshAgain)
                {
                    refreshing = false;
                    return;
                }

                refreshAgain = false;
            }
        }
    }

    /// <summary>
    /// The pushes of one folder: whether one is being sent, and the newest analysis waiting to be
    /// sent after it. An older analysis that arrives late (its cancellation came too late to stop
    /// it) never replaces a newer one.
    /// </summary>
    private sealed class FolderPushes
    {
        private readonly object gate = new();
        private (WorkspaceState State, FolderAnalysis Analysis)? waiting;
        private long lastTaken = -1;
        private bool sending;

        /// <summary>Leaves the analysis to be sent; true when the caller is to send it (nobody else is sending).</summary>
        public bool Offer(WorkspaceState state, FolderAnalysis analysis)
        {
            lock (gate)
            {
                if (state.Revision > lastTaken && (waiting is not { } w || w.State.Revision < state.Revision))
                {
                    waiting = (state, analysis);
                }

                if (sending)
                {
                    return false;
                }

                sending = true;
                return true;
            }
        }

        /// <summary>The analysis to send next; null (and the turn given up) when none waits.</summary>
        public (WorkspaceState State, FolderAnalysis Analysis)? Take()
        {
            lock (gate)
            {
                if (waiting is not { } next)
                {
                    sending = false;
                    return null;
                }

                waiting = null;
                lastTaken = next.State.Revision;
                return next;
            }
        }

        public void GiveUp()
        {
            lock (gate)
            {
                sending = false;
            }
        }
    }
}
