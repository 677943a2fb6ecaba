using System.Text.Json;
using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.WorkspaceFiles;

/// <summary>
/// Files changed on disk (workspace/didChangeWatchedFiles, with a watcher registered for case
/// files and casefile.json), workspace folders added or removed, and the "casefile" settings
/// (pulled with workspace/configuration, or pushed with didChangeConfiguration).
/// </summary>
public sealed class WorkspaceFeature(ServerContext context, WorkspaceLoader loader) : ILanguageFeature
{
    /// <summary>How long the server waits for the client to answer a request of its own (settings, registration).</summary>
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(10);

    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
    }

    /// <summary>After initialized: watch files and read the settings.</summary>
    [JsonRpcIgnore]
    public async Task StartAsync()
    {
        if (context.Client.SupportsWatchedFilesRegistration)
        {
            // Case files and casefile.json; and deletions of anything, for a deleted folder is
            // reported as the folder alone, not as the case files it held.
            var options = new Lsp.DidChangeWatchedFilesRegistrationOptions([new("**/*.case.md"), new("**/casefile.json"), new("**/*", Lsp.WatchKind.Delete)]);
            await TryAsync(() => context.Rpc.InvokeWithParameterObjectAsync<object?>(
                "client/registerCapability",
                new Lsp.RegistrationParams([new Lsp.Registration("casefile-watched-files", "workspace/didChangeWatchedFiles", options)]))).ConfigureAwait(false);
        }

        await PullSettingsAsync().ConfigureAwait(false);
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(Lsp.DidChangeWatchedFilesParams request)
    {
        foreach (var change in request.Changes ?? [])
        {
            loader.OnFileEvent(change.Uri, change.Type);
        }
    }

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWorkspaceFolders(Lsp.DidChangeWorkspaceFoldersParams request)
    {
        loader.RemoveFolders(request.Event.Removed.Where(f => DocumentUris.IsFile(f.Uri)).Select(f => DocumentUris.ToPath(f.Uri)).ToList());
        loader.AddFolders(request.Event.Added.Where(f => DocumentUris.IsFile(f.Uri)).Select(f => DocumentUris.ToPath(f.Uri)).ToList());
    }

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public async Task DidChangeConfigurationAsync(Lsp.DidChangeConfigurationParams request)
    {
        if (context.Client.SupportsConfiguration)
        {
            await PullSettingsAsync().ConfigureAwait(false);
            return;
        }

        // Clients without workspace/configuration push the settings themselves.
        JsonElement? section = request.Settings is { ValueKind: JsonValueKind.Object } settings && settings.TryGetProperty("casefile", out var casefile) ? casefile : null;
        context.UseSettings(ServerSettings.From(section));
    }

    private async Task PullSettingsAsync()
    {
        if (!context.Client.SupportsConfiguration)
        {
            return;
        }

        var result = await TryAsync(() => context.Rpc.InvokeWithParameterObjectAsync<JsonElement[]>(
            "workspace/configuration",
            new Lsp.ConfigurationParams([new Lsp.ConfigurationItem(null, "casefile")]))).ConfigureAwait(false);
        if (result is { Length: > 0 } items)
        {
            context.UseSettings(ServerSettings.From(items[0]));
        }
    }

    /// <summary>A request to the client; its failure, or no answer within <see cref="ClientTimeout"/>, is logged and yields the default.</summary>
    private async Task<T?> TryAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().WaitAsync(ClientTimeout).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or JsonException or TimeoutException)
        {
            context.Logger.LogWarning("The client did not answer: {Message}", exception.Message);
            return default;
        }
    }

    private async Task TryAsync(Func<Task<object?>> call) => await TryAsync<object?>(call).ConfigureAwait(false);
}
