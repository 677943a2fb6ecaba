using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace Casefile.Performance;

/// <summary>One publishDiagnostics as the client received it, stamped on arrival (after the client parsed it, as an editor would).</summary>
internal sealed record Published(string Uri, int? Version, JsonElement Diagnostics, long Timestamp)
{
    public int Count => Diagnostics.GetArrayLength();
}

/// <summary>
/// The real server, started as a child process and driven over stdio with LSP's header framing,
/// as an editor drives it: it answers the server's requests (configuration, registrations,
/// refreshes) and records every publishDiagnostics with the moment it arrived.
/// </summary>
internal sealed class LspSession : IAsyncDisposable
{
    private readonly Process process;
    private readonly JsonRpc rpc;
    private readonly StringBuilder stderr = new();
    private readonly object gate = new();
    private readonly List<Published> published = [];
    private readonly List<(Func<Published, bool> Match, TaskCompletionSource<Published> Done)> waiters = [];
    private readonly HashSet<string> urisWithDiagnostics = new(StringComparer.Ordinal);
    private (int Count, TaskCompletionSource Done)? distinctWaiter;

    private LspSession(Process process, long launchedAt)
    {
        this.process = process;
        LaunchedAt = launchedAt;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    if (stderr.Length < 1 << 16)
                    {
                        stderr.AppendLine(e.Data);
                    }
                }
            }
        };
        process.BeginErrorReadLine();

        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        Handle("textDocument/publishDiagnostics", new Action<JsonElement>(OnPublish));
        foreach (var ignored in new[] { "window/logMessage", "window/showMessage", "$/logTrace", "telemetry/event", "$/progress" })
        {
            Handle(ignored, new Action<JsonElement>(_ => { }));
        }

        Handle("workspace/configuration", new Func<JsonElement, JsonElement[]>(p =>
            Enumerable.Repeat(JsonSerializer.SerializeToElement(new { language = "auto" }), p.TryGetProperty("items", out var items) ? items.GetArrayLength() : 1).ToArray()));
        foreach (var answeredWithNull in new[] { "client/registerCapability", "client/unregisterCapability", "window/workDoneProgress/create" })
        {
            Handle(answeredWithNull, new Func<JsonElement, object?>(_ => null));
        }

        foreach (var refresh in new[] { "workspace/diagnostic/refresh", "workspace/codeLens/refresh", "workspace/inlayHint/refresh", "workspace/semanticTokens/refresh" })
        {
            rpc.AddLocalRpcMethod(refresh, new Func<object?>(() => null));
        }

        rpc.StartListening();
    }

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long LaunchedAt { get; }

    public int ProcessId => process.Id;

    /// <summary>CPU time (user and system) the server process has used so far: unlike wall-clock time, hardly moved by other processes on a shared machine.</summary>
    public double CpuMilliseconds
    {
        get
        {
            try
            {
                process.Refresh();
                return process.TotalProcessorTime.TotalMilliseconds;
            }
            catch (InvalidOperationException)
            {
                return double.NaN;
            }
        }
    }

    public string ErrorOutput
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    /// <summary>Starts the server. Environment variables (DOTNET_TieredPGO=0 …) apply to the server process only.</summary>
    public static LspSession Start(ServerCommand server, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = server.StartInfo("--stdio");
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var launchedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}");
        return new LspSession(process, launchedAt);
    }

    /// <summary>Capabilities of a client like VS Code's; <paramref name="pull"/> declares pull diagnostics (textDocument/diagnostic).</summary>
    public static JsonObject Capabilities(bool pull)
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
                ["synchronization"] = new JsonObject { ["didSave"] = true },
                ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true, ["versionSupport"] = true, ["tagSupport"] = new JsonObject { ["valueSet"] = new JsonArray(1, 2) } },
            },
        };
        if (pull)
        {
            capabilities["textDocument"]!["diagnostic"] = new JsonObject { ["relatedDocumentSupport"] = true };
        }

        return capabilities;
    }

    /// <summary>initialize then initialized, with diagnosticsDelayMs 0 (diagnostics pushed at once, no pause in typing).</summary>
    public async Task<JsonElement> InitializeAsync(string? rootFolder, bool pull, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["locale"] = "en",
            ["capabilities"] = Capabilities(pull),
            ["initializationOptions"] = new JsonObject { ["diagnosticsDelayMs"] = 0 },
            ["clientInfo"] = new JsonObject { ["name"] = "casefile-performance" },
        };
        if (rootFolder is not null)
        {
            parameters["rootUri"] = Uri(rootFolder);
            parameters["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = Uri(rootFolder), ["name"] = Path.GetFileName(rootFolder) });
        }

        var result = await RequestAsync("initialize", parameters, cancellationToken).ConfigureAwait(false);
        await NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);
        return result;
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default) =>
        rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });

    /// <summary>An incremental didChange: one range replaced (positions in UTF-16 code units).</summary>
    public Task ChangeAsync(string uri, int version, Edit edit) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new object[]
            {
                new
                {
                    range = new
                    {
                        start = new { line = edit.Start.Line, character = edit.Start.Character },
                        end = new { line = edit.End.Line, character = edit.End.Character },
                    },
                    text = edit.Text,
                },
            },
        });

    /// <summary>The first publishDiagnostics (received earlier or later) that matches.</summary>
    public Task<Published> WaitForPublishAsync(Func<Published, bool> match, TimeSpan timeout)
    {
        lock (gate)
        {
            foreach (var p in published)
            {
                if (match(p))
                {
                    return Task.FromResult(p);
                }
            }

            var done = new TaskCompletionSource<Published>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
            return WithTimeout(done.Task, timeout, "publishDiagnostics");
        }
    }

    /// <summary>Completes once diagnostics have arrived for <paramref name="count"/> distinct documents.</summary>
    public Task WaitForDistinctDocumentsAsync(int count, TimeSpan timeout)
    {
        lock (gate)
        {
            if (urisWithDiagnostics.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            distinctWaiter = (count, done);
            return WithTimeout(done.Task, timeout, $"diagnostics for {count} documents");
        }
    }

    public int DistinctDocumentsWithDiagnostics
    {
        get
        {
            lock (gate)
            {
                return urisWithDiagnostics.Count;
            }
        }
    }

    /// <summary>Forgets what was received (each published list is kept until then).</summary>
    public void ClearPublished()
    {
        lock (gate)
        {
            published.Clear();
        }
    }

    public async Task ShutdownAsync(TimeSpan timeout)
    {
        try
        {
            using var cancellation = new CancellationTokenSource(timeout);
            await RequestAsync("shutdown", null, cancellation.Token).ConfigureAwait(false);
            await NotifyAsync("exit", null).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ConnectionLostException or ObjectDisposedException or IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        rpc.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        process.Dispose();
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private async Task<T> WithTimeout<T>(Task<T> task, TimeSpan timeout, string what)
    {
        try
        {
            return await task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No {what} within {timeout.TotalSeconds:F0} s. Server stderr:\n{ErrorOutput}");
        }
    }

    private async Task WithTimeout(Task task, TimeSpan timeout, string what)
    {
        try
        {
            await task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No {what} within {timeout.TotalSeconds:F0} s (got {DistinctDocumentsWithDiagnostics}). Server stderr:\n{ErrorOutput}");
        }
    }

    private void OnPublish(JsonElement parameters)
    {
        var timestamp = Stopwatch.GetTimestamp();
        var uri = parameters.GetProperty("uri").GetString() ?? string.Empty;
        int? version = parameters.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        var item = new Published(uri, version, parameters.GetProperty("diagnostics").Clone(), timestamp);
        lock (gate)
        {
            published.Add(item);
            urisWithDiagnostics.Add(uri);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(item))
                {
                    waiters[i].Done.TrySetResult(item);
                    waiters.RemoveAt(i);
                }
            }

            if (distinctWaiter is { } distinct && urisWithDiagnostics.Count >= distinct.Count)
            {
                distinct.Done.TrySetResult();
                distinctWaiter = null;
            }
        }
    }

    private void Handle(string method, Delegate handler) =>
        rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
}
