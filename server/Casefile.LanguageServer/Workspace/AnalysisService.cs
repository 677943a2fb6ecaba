using System.Collections.Concurrent;
using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Vocabulary;
using Casefile.Workspace;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// Analyses folders of case files on demand and caches each result for the exact snapshots it
/// read. A request for a newer state cancels the analysis of an older one of the same folder
/// (its waiters get an <see cref="OperationCanceledException"/>: their state is stale).
/// Analysis is a pure function of the text and the settings (rust-analyzer's lesson).
/// Within a folder only the files of one case see each other (same folder, same case number), so
/// each case is analysed and cached on its own: a keystroke re-analyses the edited file's case, not
/// its whole folder.
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

    /// <summary>Each case's last analysis, by folder and case key, for the exact snapshots and settings it read.</summary>
    private readonly ConcurrentDictionary<(string Folder, string Case), CaseEntry> cases = new();

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
                return Run(() => Analyze(folder, documents, state.SettingsGeneration, settingsFor, cancellationToken), cancellationToken);
            }

            var source = new CancellationTokenSource();
            var task = Run(() => Analyze(folder, documents, state.SettingsGeneration, settingsFor, source.Token), source.Token);
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

    /// <summary>
    /// Drops the folder's cached results that are older than <paramref name="revision"/>, without
    /// cancelling anything: an analysis of a newer state that someone waits for (a push of the
    /// change just made) goes on and is kept.
    /// </summary>
    public void Release(string folder, long revision)
    {
        if (cache.TryGetValue(folder, out var entry) && entry.Revision < revision)
        {
            cache.TryRemove(new KeyValuePair<string, Entry>(folder, entry));
        }

        foreach (var key in cases.Keys.Where(k => k.Folder == folder))
        {
            cases.TryRemove(key, out _);
        }
    }

    private static Task<FolderAnalysis> Run(Func<FolderAnalysis> analyze, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(analyze, cancellationToken, TaskCreationOptions.DenyChildAttach, Analyses);

    private FolderAnalysis Analyze(string folder, IReadOnlyList<DocumentSnapshot> documents, long settingsGeneration, Func<string, RuleSettings> settingsFor, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, (DocumentSnapshot, FileAnalysis)>(StringComparer.Ordinal);
        var byCase = ByCase(documents);
        foreach (var (caseKey, members) in byCase)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fingerprint = $"{settingsGeneration}:" + string.Join(",", members.Select(d => d.Generation));
            if (!cases.TryGetValue((folder, caseKey), out var cached) || cached.Fingerprint != fingerprint)
            {
                var result = Analyzer.Analyze(members.Select(d => d.Syntax).ToList(), settingsFor, cancellationToken: cancellationToken);
                cached = new CaseEntry(fingerprint, members.Select((d, i) => (d, result.Files[i])).ToList());
                cases[(folder, caseKey)] = cached;
            }

            foreach (var (snapshot, analysis) in cached.Files)
            {
                files[snapshot.Uri] = (snapshot, analysis);
            }
        }

        foreach (var gone in cases.Keys.Where(k => k.Folder == folder && !byCase.ContainsKey(k.Case)))
        {
            // A case no file of the folder has any more (its number was edited, its files deleted).
            cases.TryRemove(gone, out _);
        }

        return new FolderAnalysis(folder, files);
    }

    /// <summary>
    /// The folder's files by case, as the core groups them (ModelBuilder: same folder, same case
    /// number). A file without a number is a case of its own. When a file states its number more
    /// than once the core's choice is not second-guessed: the whole folder is analysed together,
    /// and the core groups it.
    /// </summary>
    private static Dictionary<string, List<DocumentSnapshot>> ByCase(IReadOnlyList<DocumentSnapshot> documents)
    {
        var byCase = new Dictionary<string, List<DocumentSnapshot>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            string? number = null;
            var stated = 0;
            foreach (var attribute in document.Syntax.CaseAttributes)
            {
                if (Keys.Find(EntityKind.Case, attribute.Key) is { Canonical: "case" })
                {
                    stated++;
                    number ??= attribute.Value.Trim();
                }
            }

            if (stated > 1)
            {
                return new Dictionary<string, List<DocumentSnapshot>>(StringComparer.Ordinal) { ["*"] = documents.ToList() };
            }

            // Keys cannot start with a newline, numbers and paths never hold one: the two kinds never meet.
            var key = number is { Length: > 0 } ? number : "\n" + document.Uri;
            if (!byCase.TryGetValue(key, out var members))
            {
                byCase[key] = members = [];
            }

            members.Add(document);
        }

        return byCase;
    }

    private sealed record CaseEntry(string Fingerprint, IReadOnlyList<(DocumentSnapshot Snapshot, FileAnalysis Analysis)> Files);

    private sealed record Entry(string Fingerprint, long Revision, Task<FolderAnalysis> Task, CancellationTokenSource Cancellation);
}
