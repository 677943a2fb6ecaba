using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Tests;

/// <summary>Helpers for the code lens, inlay hint, semantic token and folding tests.</summary>
internal static class LensTestSupport
{
    /// <summary>A VS Code-like client that also declares code lens, inlay hints, semantic tokens and folding.</summary>
    public static JsonObject Capabilities(bool collapsedText = false, int? rangeLimit = null, string encoding = "utf-16")
    {
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["general"] = new JsonObject { ["positionEncodings"] = new JsonArray(encoding) };
        var textDocument = capabilities["textDocument"]!.AsObject();
        textDocument["codeLens"] = new JsonObject();
        textDocument["inlayHint"] = new JsonObject();
        textDocument["semanticTokens"] = new JsonObject
        {
            ["requests"] = new JsonObject { ["range"] = true, ["full"] = new JsonObject { ["delta"] = true } },
            ["tokenTypes"] = new JsonArray("namespace", "class", "variable", "property", "enumMember", "number", "keyword", "comment"),
            ["tokenModifiers"] = new JsonArray("declaration"),
            ["formats"] = new JsonArray("relative"),
        };
        var folding = new JsonObject { ["lineFoldingOnly"] = true };
        if (collapsedText)
        {
            folding["foldingRange"] = new JsonObject { ["collapsedText"] = true };
        }

        if (rangeLimit is { } limit)
        {
            folding["rangeLimit"] = limit;
        }

        textDocument["foldingRange"] = folding;
        return capabilities;
    }

    /// <summary>Starts a server on a fresh workspace holding <paramref name="text"/> as case.case.md, open in the editor.</summary>
    public static async Task<Session> OpenAsync(string text, string locale = "en", JsonObject? capabilities = null)
    {
        var workspace = new TempWorkspace();
        var uri = workspace.Write("case.case.md", text);
        var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, capabilities ?? Capabilities(), locale);
        await client.OpenAsync(uri, text);
        return new Session(client, workspace, uri);
    }

    /// <summary>The zero-based line that starts with <paramref name="prefix"/>.</summary>
    public static int LineOf(string text, string prefix) =>
        Lines(text).Select((line, index) => (line, index)).First(l => l.line.StartsWith(prefix, StringComparison.Ordinal)).index;

    public static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

    public static object Document(string uri) => new { uri };

    public static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };

    public sealed record Session(LspClient Client, TempWorkspace Workspace, string Uri) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            Workspace.Dispose();
        }
    }
}

/// <summary>
/// A bare client that records the server's refresh requests (workspace/codeLens/refresh,
/// workspace/inlayHint/refresh), which <see cref="LspClient"/> answers without recording.
/// It has no workspace/configuration, so settings arrive with didChangeConfiguration.
/// </summary>
internal sealed class RefreshRecordingClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> refreshes = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly JsonRpc rpc;
    private readonly ServerProcess server;

    public RefreshRecordingClient()
    {
        server = ServerProcess.Start();
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        rpc = new JsonRpc(new HeaderDelimitedMessageHandler(server.Input, server.Output, formatter));
        foreach (var method in new[] { "workspace/codeLens/refresh", "workspace/inlayHint/refresh", "workspace/semanticTokens/refresh", "workspace/diagnostic/refresh" })
        {
            rpc.AddLocalRpcMethod(method, new Func<object?>(() =>
            {
                refreshes.Enqueue(method);
                arrived.Release();
                return null;
            }));
        }

        Handle("textDocument/publishDiagnostics", new Action<JsonElement>(_ => { }));
        Handle("window/logMessage", new Action<JsonElement>(_ => { }));
        Handle("client/registerCapability", new Func<JsonElement, object?>(_ => null));
        rpc.StartListening();
    }

    public IReadOnlyList<string> Refreshes => refreshes.ToList();

    public async Task InitializeAsync(string root, bool refreshSupport = true)
    {
        var capabilities = new JsonObject
        {
            ["workspace"] = new JsonObject
            {
                ["codeLens"] = new JsonObject { ["refreshSupport"] = refreshSupport },
                ["inlayHint"] = new JsonObject { ["refreshSupport"] = refreshSupport },
            },
            ["textDocument"] = new JsonObject { ["codeLens"] = new JsonObject(), ["inlayHint"] = new JsonObject() },
        };
        await RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["locale"] = "en",
            ["capabilities"] = capabilities,
            ["initializationOptions"] = new JsonObject { ["diagnosticsDelayMs"] = 0 },
            ["rootUri"] = LspClient.Uri(root),
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = LspClient.Uri(root), ["name"] = "test" }),
        });
        await NotifyAsync("initialized", new JsonObject());
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters) => rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters);

    public Task NotifyAsync(string method, object? parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>Waits until a refresh of <paramref name="method"/> has arrived; false after the timeout.</summary>
    public async Task<bool> WaitForRefreshAsync(string method, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!refreshes.Contains(method))
        {
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || !await arrived.WaitAsync(remaining))
            {
                return false;
            }
        }

        return true;
    }

    public void Clear() => refreshes.Clear();

    /// <summary>Waits until no refresh has come for a second, then forgets those that came.</summary>
    public async Task SettleAsync()
    {
        do
        {
            Clear();
        }
        while (await arrived.WaitAsync(TimeSpan.FromSeconds(1)));

        Clear();
    }

    private void Handle(string method, Delegate handler) =>
        rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    public async ValueTask DisposeAsync()
    {
        rpc.Dispose();
        await server.DisposeAsync();
    }
}
