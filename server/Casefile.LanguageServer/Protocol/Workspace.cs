using System.Text.Json;

namespace Casefile.LanguageServer.Protocol;

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record FileEvent(string Uri, int Type);

public static class FileChangeType
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record ConfigurationItem(string? ScopeUri, string? Section);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

public sealed record WorkspaceFoldersChangeEvent(IReadOnlyList<WorkspaceFolder> Added, IReadOnlyList<WorkspaceFolder> Removed);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record Registration(string Id, string Method, object? RegisterOptions);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(string GlobPattern, int? Kind = null);

public static class WatchKind
{
    public const int Create = 1;
    public const int Change = 2;
    public const int Delete = 4;
}
