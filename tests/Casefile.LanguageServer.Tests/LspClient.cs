using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// A JSON-RPC client that drives the real server over stdio as an editor would: it answers the
/// server's requests (configuration, registrations, refresh) and records its notifications.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> notifications = new();
    private readonly SemaphoreSlim notified = new(0);
    private readonly JsonRpc rpc;

    private LspClient(ServerProcess server, bool gated = false)
    {
        Server = server;
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        Output = gated ? new GatedStream(server.Output) : null;
        rpc = new JsonRpc(new HeaderDelimitedMessageHandler(server.Input, Output ?? server.Output, formatter));
        foreach (var method in new[] { "textDocument/publishDiagnostics", "window/logMessage", "window/showMessage", "$/logTrace", "telemetry/event" })
        {
            Handle(method, new Action<JsonElement>(p => Record(method, p)));
        }

        Handle("workspace/configuration", new Func<JsonElement, JsonElement[]>(_ => [Settings.Deserialize<JsonElement>()]));
        Handle("client/registerCapability", new Func<JsonElement, object?>(p => { Record("client/registerCapability", p); return null; }));
        rpc.AddLocalRpcMethod("workspace/diagnostic/refresh", new Func<object?>(() => { Record("workspace/diagnostic/refresh", default); return null; }));
        rpc.AddLocalRpcMethod("workspace/codeLens/refresh", new Func<object?>(() => null));
        rpc.AddLocalRpcMethod("workspace/inlayHint/refresh", new Func<object?>(() => null));
        rpc.AddLocalRpcMethod("workspace/semanticTokens/refresh", new Func<object?>(() => null));
        rpc.StartListening();
    }

    public ServerProcess Server { get; }

    /// <summary>The server's output as this client reads it, when started with <see cref="StartGated"/>: pause it to stop reading.</summary>
    public GatedStream? Output { get; }

    /// <summary>What the client answers to workspace/configuration for "casefile".</summary>
    public JsonObject Settings { get; set; } = new() { ["language"] = "auto" };

    public static LspClient Start(params string[] arguments) => new(ServerProcess.Start(arguments));

    /// <summary>A client that can stop reading the server's output (<see cref="Output"/>) and resume.</summary>
    public static LspClient StartGated() => new(ServerProcess.Start(), gated: true);

    /// <summary>Capabilities of a client like VS Code's, with pull diagnostics off unless asked.</summary>
    public static JsonObject DefaultCapabilities(bool pullDiagnostics = false)
    {
        var capabilities = new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-16") },
            ["workspace"] = new JsonObject
            {
                ["configuration"] = true,
                ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
                ["workspaceFolders"] = true,
                ["diagnostics"] = new JsonObject { ["refreshSupport"] = true },
            },
            ["textDocument"] = new JsonObject
            {
                ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true, ["versionSupport"] = true, ["tagSupport"] = new JsonObject { ["valueSet"] = new JsonArray(1, 2) } },
                ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                ["codeAction"] = new JsonObject { ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") }, ["dataSupport"] = true },
                ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = true, ["documentationFormat"] = new JsonArray("markdown") } },
                ["rename"] = new JsonObject { ["prepareSupport"] = true },
                ["documentSymbol"] = new JsonObject { ["hierarchicalDocumentSymbolSupport"] = true },
            },
        };
        if (pullDiagnostics)
        {
            capabilities["textDocument"]!["diagnostic"] = new JsonObject { ["relatedDocumentSupport"] = true };
        }

        return capabilities;
    }

    /// <summary>initialize and initialized. <paramref name="diagnosticsDelayMs"/> 0 pushes diagnostics without the typing pause.</summary>
    public async Task<JsonElement> InitializeAsync(string? rootPath = null, JsonObject? capabilities = null, string? locale = "en", int diagnosticsDelayMs = 0, int? processId = null)
    {
        var parameters = new JsonObject
        {
            ["processId"] = processId ?? Environment.ProcessId,
            ["locale"] = locale,
            ["capabilities"] = capabilities ?? DefaultCapabilities(),
            ["initializationOptions"] = new JsonObject { ["diagnosticsDelayMs"] = diagnosticsDelayMs },
            ["clientInfo"] = new JsonObject { ["name"] = "casefile-tests" },
        };
        if (rootPath is not null)
        {
            parameters["rootUri"] = Uri(rootPath);
            parameters["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = Uri(rootPath), ["name"] = "test" });
        }

        var result = await RequestAsync("initialize", parameters);
        await NotifyAsync("initialized", new JsonObject());
        return result;
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default) =>
        rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });

    public Task ReplaceAsync(string uri, int version, string text) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new object[] { new { text } } });

    public Task EditAsync(string uri, int version, int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new object[] { new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text } },
        });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    /// <summary>The first publishDiagnostics for <paramref name="uri"/> that satisfies the condition, waiting up to the timeout.</summary>
    public async Task<JsonElement> WaitForDiagnosticsAsync(string uri, Func<JsonElement, bool>? condition = null, TimeSpan? timeout = null)
    {
        var found = await WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri && (condition?.Invoke(p) ?? true), timeout);
        return found;
    }

    /// <summary>Waits for a notification recorded from now on or earlier that matches; fails after the timeout.</summary>
    public async Task<JsonElement> WaitForNotificationAsync(string method, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var match = notifications.LastOrDefault(n => n.Method == method && condition(n.Params));
            if (match.Method is not null)
            {
                return match.Params;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || !await notified.WaitAsync(remaining))
            {
                throw new TimeoutException($"No matching {method} within the time. Server stderr:\n{Server.ErrorOutput}");
            }
        }
    }

    public IReadOnlyList<(string Method, JsonElement Params)> Notifications => notifications.ToList();

    public void ClearNotifications() => notifications.Clear();

    public async Task<int?> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Server.WaitForExitAsync(TimeSpan.FromSeconds(20));
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        rpc.Dispose();
        await Server.DisposeAsync();
    }

    private void Handle(string method, Delegate handler) =>
        rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private void Record(string method, JsonElement parameters)
    {
        notifications.Enqueue((method, parameters.ValueKind == JsonValueKind.Undefined ? default : parameters.Clone()));
        notified.Release();
    }
}
