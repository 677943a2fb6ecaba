using Casefile.Analysis;
using Casefile.LanguageServer.Logging;
using Casefile.LanguageServer.Transport;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Casefile.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Server;

/// <summary>
/// What every feature shares: the lifecycle, the client's capabilities, the current workspace
/// state (immutable, replaced on each change), the analysis service and the settings.
/// Mutations (didOpen, didChange, didClose, watched files, configuration) arrive one at a time in
/// order; readers take <see cref="State"/> once and work on that snapshot.
/// </summary>
public sealed class ServerContext
{
    private readonly object stateGate = new();
    private WorkspaceState state = WorkspaceState.Empty;
    private readonly TaskCompletionSource workspaceLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource settingsLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SettingsResolver casefileJson = SettingsResolver.ForFileSystem(null);

    public ServerContext(ServerLoggerProvider logs, ILoggerFactory loggerFactory)
    {
        Logs = logs;
        LoggerFactory = loggerFactory;
        Logger = loggerFactory.CreateLogger("casefile");
    }

    public ServerLifecycle Lifecycle { get; } = new();

    public ServerLoggerProvider Logs { get; }

    public ILoggerFactory LoggerFactory { get; }

    public ILogger Logger { get; }

    public JsonRpc Rpc { get; set; } = null!;

    public ClientCapabilities Client { get; set; } = ClientCapabilities.None;

    public PositionEncodingKind Encoding { get; set; } = PositionEncodingKind.Utf16;

    /// <summary>The editor's UI language from initialize's locale, used when nothing closer decides.</summary>
    public Language? ClientLocale { get; set; }

    public ServerSettings Settings { get; private set; } = ServerSettings.Default;

    public AnalysisService Analysis { get; } = new();

    public WorkspaceState State => Volatile.Read(ref state);

    /// <summary>Raised after each change with the folders whose analysis may differ.</summary>
    public event Action<IReadOnlyCollection<string>>? Changed;

    public bool ShutdownReceived { get; set; }

    /// <summary>
    /// Completes once the workspace folders' case files have been read at the start of the session.
    /// A request about the whole workspace (workspace diagnostics, workspace symbols) awaits it so
    /// that it does not answer for an empty workspace; requests about an open document need not.
    /// </summary>
    public Task WorkspaceLoaded => workspaceLoaded.Task;

    /// <summary>
    /// Completes once the editor's settings have been asked for at the start of the session (or
    /// could not be had). Diagnostics and answers wait for it, so that nothing is first shown in
    /// the wrong language or severity and then corrected.
    /// </summary>
    public Task SettingsLoaded => settingsLoaded.Task;

    public void MarkWorkspaceLoaded() => workspaceLoaded.TrySetResult();

    public void MarkSettingsLoaded() => settingsLoaded.TrySetResult();

    /// <summary>Replaces the state; <paramref name="changedFolders"/> are re-analysed and re-published.</summary>
    public void Update(Func<WorkspaceState, WorkspaceState> change, IReadOnlyCollection<string> changedFolders) =>
        Update(change, _ => changedFolders);

    /// <summary>
    /// Replaces the state; the folders to re-analyse are computed from the new state, under the
    /// same lock, so that a change made concurrently (a didOpen while the settings arrive) cannot
    /// slip between the two and leave a folder without its new analysis.
    /// </summary>
    public void Update(Func<WorkspaceState, WorkspaceState> change, Func<WorkspaceState, IReadOnlyCollection<string>> changedFolders)
    {
        IReadOnlyCollection<string> folders;
        lock (stateGate)
        {
            var next = change(state) with { Revision = state.Revision + 1 };
            Volatile.Write(ref state, next);
            folders = changedFolders(next);
        }

        Changed?.Invoke(folders);
    }

    /// <summary>
    /// How long diagnostics wait after the last change before they are pushed (a pause in typing);
    /// set by initializationOptions.diagnosticsDelayMs, 0 pushes at once.
    /// </summary>
    public TimeSpan DiagnosticsDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public void UseSettings(ServerSettings settings)
    {
        Settings = settings;
        if (settings.Trace is { } trace)
        {
            // casefile.trace.server, when the editor sends it, is the trace level like $/setTrace.
            Logs.Trace = TraceLevels.Parse(trace);
        }

        Update(s => s with { SettingsGeneration = s.SettingsGeneration + 1 }, FoldersOf);
    }

    public void UseCasefileJsonRoot(string? root) => casefileJson = new SettingsResolver(root, ReadConfig);

    public void CasefileJsonChanged(string path)
    {
        casefileJson.Invalidate(path);
        Update(s => s with { SettingsGeneration = s.SettingsGeneration + 1 }, FoldersOf);
    }

    public IReadOnlyCollection<string> AllFolders() => FoldersOf(State);

    private static IReadOnlyCollection<string> FoldersOf(WorkspaceState state) =>
        state.Documents.Values.Select(d => d.Folder).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>casefile.json (nearest wins), then the editor's settings over it.</summary>
    public RuleSettings RuleSettingsFor(string path) => casefileJson.SettingsFor(path).OverriddenBy(Settings.Rules);

    /// <summary>
    /// The language of messages for a file: the editor's explicit setting, else the file's own
    /// <c>language</c> key, else casefile.json, else the editor's locale, else English.
    /// </summary>
    public Language LanguageFor(FileAnalysis file) =>
        Settings.Language
        ?? file.Model.Case.Language
        ?? casefileJson.SettingsFor(file.Path).Language
        ?? ClientLocale
        ?? Language.En;

    public Task<FolderAnalysis> AnalyzeFolderAsync(WorkspaceState snapshot, string folder, CancellationToken cancellationToken) =>
        Analysis.AnalyzeAsync(snapshot, folder, RuleSettingsFor, cancellationToken);

    /// <summary>The analysis of one document in the given state, or null when the server does not know it.</summary>
    public async Task<(DocumentSnapshot Snapshot, FileAnalysis Analysis)?> AnalyzeDocumentAsync(WorkspaceState snapshot, string uri, CancellationToken cancellationToken)
    {
        uri = DocumentUris.Normalize(uri);
        if (snapshot.Find(uri) is null)
        {
            return null;
        }

        var folder = await AnalyzeFolderAsync(snapshot, DocumentUris.FolderOf(uri), cancellationToken).ConfigureAwait(false);
        return folder.Files.TryGetValue(uri, out var file) ? file : null;
    }

    /// <summary>
    /// The document and its analysis for a reading request; null when the server does not know the
    /// document. When a newer change to the folder cancels the analysis the request was waiting for,
    /// the request goes on with the newer state if its own document did not change (positions
    /// still mean the same), and fails with ContentModified if it did.
    /// </summary>
    public async Task<DocumentContext?> GetDocumentAsync(string uri, CancellationToken cancellationToken) =>
        (await GetDocumentWithFolderAsync(uri, cancellationToken).ConfigureAwait(false))?.Document;

    /// <summary>
    /// As <see cref="GetDocumentAsync"/>, with the analysis of the document's whole folder from the
    /// same run, for features whose facts cross the files of a case (admissibility, lenses, hovers).
    /// </summary>
    public async Task<(DocumentContext Document, FolderAnalysis Folder)?> GetDocumentWithFolderAsync(string uri, CancellationToken cancellationToken)
    {
        var snapshot = State;
        var normalized = DocumentUris.Normalize(uri);
        await SettingsLoaded.WaitAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (snapshot.Find(normalized) is null)
                {
                    return null;
                }

                var folder = await AnalyzeFolderAsync(snapshot, DocumentUris.FolderOf(normalized), cancellationToken).ConfigureAwait(false);
                if (!folder.Files.TryGetValue(normalized, out var file))
                {
                    return null;
                }

                return (new DocumentContext(file.Snapshot, file.Analysis, snapshot, LanguageFor(file.Analysis), Encoding), folder);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var latest = State;
                if (attempt >= 3 || latest.Find(normalized)?.Generation != snapshot.Find(normalized)?.Generation)
                {
                    throw ContentModified();
                }

                snapshot = latest;
            }
        }
    }

    /// <summary>ContentModified when the document changed while a result for it was computed.</summary>
    public void ThrowIfModified(DocumentSnapshot snapshot)
    {
        if (IsModified(snapshot))
        {
            throw ContentModified();
        }
    }

    /// <summary>Whether the document is no longer the one the server has (changed, closed to its disk version, or gone).</summary>
    public bool IsModified(DocumentSnapshot snapshot) =>
        State.Find(snapshot.Uri) is not { } current || current.Generation != snapshot.Generation;

    /// <summary>LSP's answer to a request whose result was made stale by an edit.</summary>
    public static LocalRpcException ContentModified() =>
        new("The document changed while the request was computed.") { ErrorCode = Protocol.ErrorCodes.ContentModified };

    /// <summary>LSP's answer to a request whose parameters are wrong.</summary>
    public static LocalRpcException InvalidParams(string message) =>
        new(message) { ErrorCode = Protocol.ErrorCodes.InvalidParams };

    private string? ReadConfig(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException exception)
        {
            Logger.LogWarning("Could not read {Path}: {Message}", path, exception.Message);
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            Logger.LogWarning("Could not read {Path}: {Message}", path, exception.Message);
            return null;
        }
    }
}
