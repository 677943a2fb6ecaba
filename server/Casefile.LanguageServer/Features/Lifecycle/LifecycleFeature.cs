using System.Reflection;
using System.Text.Json.Nodes;
using Casefile.LanguageServer.Logging;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Transport;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Lifecycle;

/// <summary>initialize, initialized, shutdown, exit and $/setTrace.</summary>
public sealed class LifecycleFeature(ServerContext context, Func<IReadOnlyList<ILanguageFeature>> features, WorkspaceLoader loader) : ILanguageFeature
{
    /// <summary>Completes with the process's exit code when the client says exit.</summary>
    public TaskCompletionSource<int> Exit { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
        capabilities["positionEncoding"] = context.Encoding.Name();
        capabilities["workspace"] = new JsonObject
        {
            ["workspaceFolders"] = new JsonObject { ["supported"] = true, ["changeNotifications"] = true },
        };
    }

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public Lsp.InitializeResult Initialize(Lsp.InitializeParams request)
    {
        context.Client = new ClientCapabilities(request.Capabilities);
        context.Encoding = PositionEncoding.Negotiate(context.Client.Strings("general.positionEncodings"));
        context.ClientLocale = Languages.TryParse(request.Locale);
        context.Logs.Trace = TraceLevels.Parse(request.Trace);
        if (request.InitializationOptions is { ValueKind: System.Text.Json.JsonValueKind.Object } options
            && options.TryGetProperty("diagnosticsDelayMs", out var delay) && delay.TryGetInt32(out var milliseconds))
        {
            DiagnosticsDelay = TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, 10_000));
            context.DiagnosticsDelay = DiagnosticsDelay.Value;
        }

        // Should the client never send initialized, answers do not wait for its settings for ever.
        _ = Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(_ => context.MarkSettingsLoaded(), TaskScheduler.Default);

        if (request.ProcessId is { } processId)
        {
            ParentProcess.ExitWhenGone(processId, context, Exit);
        }

        var folders = request.WorkspaceFolders?.Select(f => f.Uri).ToList()
            ?? (request.RootUri is { } root ? [root] : request.RootPath is { } path ? [DocumentUris.FromPath(path)] : []);
        loader.SetFolders(folders.Where(DocumentUris.IsFile).Select(DocumentUris.ToPath).ToList());

        var capabilities = new JsonObject();
        foreach (var feature in features())
        {
            feature.AddCapabilities(capabilities, context.Client);
        }

        var version = typeof(LifecycleFeature).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        context.Logger.LogInformation("Initialized for {Client} with {Encoding}", request.ClientInfo?.Name ?? "an unnamed client", context.Encoding.Name());
        return new Lsp.InitializeResult(capabilities, new Lsp.ServerInfo("casefile", version?.Split('+')[0]));
    }

    /// <summary>Set from initializationOptions.diagnosticsDelayMs; read by the diagnostics feature.</summary>
    public TimeSpan? DiagnosticsDelay { get; private set; }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public async Task InitializedAsync(JsonObject? request)
    {
        context.Lifecycle.TryMove(LifecycleState.Initializing, LifecycleState.Running);
        await loader.StartAsync().ConfigureAwait(false);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        context.ShutdownReceived = true;
        context.Logger.LogInformation("Shutdown requested");
        return null;
    }

    [JsonRpcMethod("exit")]
    public void ExitNotification()
    {
        // 0 after shutdown, 1 without (LSP 3.17).
        Exit.TrySetResult(context.ShutdownReceived ? 0 : 1);
    }

    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(Lsp.SetTraceParams request) => context.Logs.Trace = TraceLevels.Parse(request.Value);
}
