using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Protocol;

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }

    public ClientInfo? ClientInfo { get; init; }

    public string? Locale { get; init; }

    public string? RootUri { get; init; }

    public string? RootPath { get; init; }

    public JsonElement? InitializationOptions { get; init; }

    public JsonElement? Capabilities { get; init; }

    public string? Trace { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }
}

public sealed record ClientInfo(string Name, string? Version = null);

public sealed record ServerInfo(string Name, string? Version = null);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeResult(JsonObject Capabilities, ServerInfo ServerInfo);

public sealed record SetTraceParams(string Value);

public sealed record LogTraceParams(string Message, string? Verbose = null);
