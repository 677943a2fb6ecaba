using System.Collections.Concurrent;
using Casefile.Analysis;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Features.CodeLens;

/// <summary>
/// Asks the client to refresh what it shows of a document (workspace/codeLens/refresh,
/// workspace/inlayHint/refresh) when that changed for a reason the editor cannot see. The editor
/// asks again by itself for a document it edits; so after a pause in changes, each open document
/// whose text did not change is rendered again, and only if its rendering differs from the last
/// one (another file of the case changed, the settings or casefile.json changed) is the client
/// asked to refresh.
/// </summary>
public sealed class RefreshWatcher : IDisposable
{
    private readonly ServerContext context;
    private readonly string method;
    private readonly string capability;
    private readonly TimeSpan delay;
    private readonly Func<FolderAnalysis, FileAnalysis, string> render;
    private readonly ConcurrentDictionary<string, Timer> timers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Generation, string Rendering)> rendered = new(StringComparer.Ordinal);

    /// <param name="render">What the client shows of a file, as text to compare.</param>
    public RefreshWatcher(ServerContext context, string method, string capability, TimeSpan delay, Func<FolderAnalysis, FileAnalysis, string> render)
    {
        this.context = context;
        this.method = method;
        this.capability = capability;
        this.delay = delay;
        this.render = render;
        context.Changed += OnChanged;
    }

    public void Dispose()
    {
        context.Changed -= OnChanged;
        foreach (var timer in timers.Values)
        {
            timer.Dispose();
        }
    }

    private void OnChanged(IReadOnlyCollection<string> folders)
    {
        if (context.Rpc is null || !context.Client.IsTrue(capability))
        {
            return;
        }

        foreach (var folder in folders)
        {
            // Each change restarts the folder's pause.
            timers.AddOrUpdate(
                folder,
                f => new Timer(_ => _ = CheckAsync(f), null, delay, Timeout.InfiniteTimeSpan),
                (_, existing) =>
                {
                    existing.Change(delay, Timeout.InfiniteTimeSpan);
                    return existing;
                });
        }
    }

    private async Task CheckAsync(string folder)
    {
        try
        {
            var state = context.State;
            var analysis = await context.AnalyzeFolderAsync(state, folder, CancellationToken.None).ConfigureAwait(false);
            var stale = false;
            foreach (var (uri, (snapshot, file)) in analysis.Files)
            {
                var rendering = render(analysis, file);
                if (rendered.TryGetValue(uri, out var previous) && previous.Generation == snapshot.Generation && previous.Rendering != rendering && snapshot.IsOpen)
                {
                    stale = true;
                }

                rendered[uri] = (snapshot.Generation, rendering);
            }

            foreach (var uri in rendered.Keys.Where(u => DocumentUris.FolderOf(u) == folder && !analysis.Files.ContainsKey(u)).ToList())
            {
                rendered.TryRemove(uri, out _);
            }

            if (stale)
            {
                await context.Rpc.InvokeWithParameterObjectAsync<object?>(method, null).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ConnectionLostException or ObjectDisposedException)
        {
            // A newer change superseded this state (its own check follows), or the session ended.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.Logger.LogDebug("{Method} for {Folder} failed: {Message}", method, folder, exception.Message);
        }
    }
}
