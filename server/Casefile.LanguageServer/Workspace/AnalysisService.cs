using System.Collections.Concurrent;
using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Workspace;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// Analyses folders of case files on demand and caches each result for the exact snapshots it
/// read. A request for a newer state cancels the analysis of an older one of the same folder
/// (its waiters get an <see cref="OperationCanceledException"/>: their state is stale).
/// Analysis is a pure function of the text and the settings (rust-analyzer's lesson).
/// </summary>
public sealed class AnalysisService
{
    /// <summary>
    /// Analyses run on at most all cores but one, so that reading and answering messages always
    /// finds a thread; an analysis cancelled before its turn (superseded by a newer state) never runs.
    /// </summary>
    private static readonly TaskScheduler Analyses =
        new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Math.Max(1, Environment.ProcessorCount - 1)).ConcurrentScheduler;

    private readonly ConcurrentDictionary<string, Entry> cache = new(StringComparer.Ordinal);

    public Task<FolderAnalysis> AnalyzeAsync(WorkspaceState state, string folder, Func<string, RuleSettings> settingsFor, CancellationToken cancellationToken)
    {
        var documents = state.InFolder(folder).Where(d => d.IsCaseFile).OrderBy(d => d.Uri, StringComparer.Ordinal).ToList();
        var fingerprint = $"{state.SettingsGeneration}:" + string.Join(",", documents.Select(d => d.Generation));
        while (true)
        {
            var current = cache.GetValueOrDefault(folder);
            if (current is not null && current.Fingerprint == fingerprint && !current.Task.IsCanceled && !current.Task.IsFaulted)
            {
                return current.Task.WaitAsync(cancellationToken);
            }

            if (current is not null && current.Revision > state.Revision)
            {
                // A reader still on an older state: analyse that state on its own rather than
                // evict (and cancel) the newer analysis that others wait for.
                return Run(() => Analyze(folder, documents, settingsFor, cancellationToken), cancellationToken);
            }

            var source = new CancellationTokenSource();
            var task = Run(() => Analyze(folder, documents, settingsFor, source.Token), source.Token);
            var entry = new Entry(fingerprint, state.Revision, task, source);
            if (current is null ? cache.TryAdd(folder, entry) : cache.TryUpdate(folder, entry, current))
            {
                // The older analysis is stale: nobody should wait for it any more.
                current?.Cancellation.Cancel();
                return task.WaitAsync(cancellationToken);
            }

            source.Dispose();
        }
    }

    public void Forget(string folder)
    {
        if (cache.TryRemove(folder, out var entry))
        {
            entry.Cancellation.Cancel();
        }
    }

    private static Task<FolderAnalysis> Run(Func<FolderAnalysis> analyze, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(analyze, cancellationToken, TaskCreationOptions.DenyChildAttach, Analyses);

    private static FolderAnalysis Analyze(string folder, IReadOnlyList<DocumentSnapshot> documents, Func<string, RuleSettings> settingsFor, CancellationToken cancellationToken)
    {
        var result = Analyzer.Analyze(documents.Select(d => d.Syntax).ToList(), settingsFor, cancellationToken: cancellationToken);
        var files = new Dictionary<string, (DocumentSnapshot, FileAnalysis)>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            files[documents[i].Uri] = (documents[i], result.Files[i]);
        }

        return new FolderAnalysis(folder, files);
    }

    private sealed record Entry(string Fingerprint, long Revision, Task<FolderAnalysis> Task, CancellationTokenSource Cancellation);
}
