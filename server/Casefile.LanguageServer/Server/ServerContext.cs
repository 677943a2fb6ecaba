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

    /// <summary>Replaces the state; <paramref name="changedFolders"/> are re-analysed and re-published.</summary>
    public void Update(Func<WorkspaceState, WorkspaceState> change, IReadOnlyCollection<string> changedFolders)
    {
        lock (stateGate)
        {
            Volatile.Write(ref state, change(state));
        }

        Changed?.Invoke(changedFolders);
    }

    public void UseSettings(ServerSettings settings)
    {
        Settings = settings;
        Logs.Trace = TraceLevels.Parse(settings.Trace) > Logs.Trace ? TraceLevels.Parse(settings.Trace) : Logs.Trace;
        Update(s => s with { SettingsGeneration = s.SettingsGeneration + 1 }, AllFolders());
    }

    public void UseCasefileJsonRoot(string? root) => casefileJson = new SettingsResolver(root, ReadConfig);

    public void CasefileJsonChanged(string path)
    {
        casefileJson.Invalidate(path);
        Update(s => s with { SettingsGeneration = s.SettingsGeneration + 1 }, AllFolders());
    }

    public IReadOnlyCollection<string> AllFolders() =>
        State.Documents.Values.Select(d => DocumentUris.FolderOf(d.Uri)).Distinct().ToList();

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

    /// <summary>The document and its analysis for a reading request; null when the server does not know the document.</summary>
    public async Task<DocumentContext?> GetDocumentAsync(string uri, CancellationToken cancellationToken)
    {
        var snapshot = State;
        var found = await AnalyzeDocumentAsync(snapshot, uri, cancellationToken).ConfigureAwait(false);
        return found is { } file ? new DocumentContext(file.Snapshot, file.Analysis, snapshot, LanguageFor(file.Analysis), Encoding) : null;
    }

    /// <summary>ContentModified when the document changed while a result for it was computed.</summary>
    public void ThrowIfModified(DocumentSnapshot snapshot)
    {
        if (State.Find(snapshot.Uri) is { } current && current.Generation != snapshot.Generation)
        {
            throw new LocalRpcException("The document changed while the request was computed.") { ErrorCode = Protocol.ErrorCodes.ContentModified };
        }
    }

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
