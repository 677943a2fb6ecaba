using System.Reflection;
using Casefile.LanguageServer.Features;
using Casefile.LanguageServer.Logging;
using Casefile.LanguageServer.Server;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// One LSP session over a pair of streams: LSP's header framing, System.Text.Json, the lifecycle
/// gate, and the features. Handlers run one at a time in arrival order (so edits apply in order);
/// readers take a snapshot and continue on the thread pool, so they run concurrently (Roslyn's model).
/// </summary>
public sealed class LanguageServerHost : System.IAsyncDisposable
{
    /// <summary>
    /// How many log messages may wait to be sent to the client at once. A client that stops
    /// reading would otherwise make every warning a message held for it; the rest are counted,
    /// and standard error has them all.
    /// </summary>
    public const int LogMessagesInFlight = 64;

    private readonly LanguageServerRpc rpc;
    private readonly FeatureCatalog features;
    private readonly ILoggerFactory loggerFactory;
    private int logMessagesInFlight;
    private int logMessagesLeftOut;

    public LanguageServerHost(Stream input, Stream output, TextWriter log)
    {
        var logs = new ServerLoggerProvider(log);
        loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        Context = new ServerContext(logs, loggerFactory);

        var formatter = new SystemTextJsonFormatter();
        JsonOptions.Configure(formatter.JsonSerializerOptions);
        var handler = new LspMessageHandler(output, input, formatter, Context.Logger);
        var cancellation = Cancellation = new LspCancellationStrategy(() => rpc!);
        rpc = new LanguageServerRpc(handler, formatter, Context.Lifecycle, Context.Logger)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
            CancellationStrategy = cancellation,
        };
        Context.Rpc = rpc;
        RpcTraceLog.Attach(rpc, Context.Logger);
        features = new FeatureCatalog(Context);
        foreach (var feature in features.All)
        {
            Register(feature);
        }

        rpc.AddLocalRpcTarget(new MalformedMessageLog(Context.Logger));
        rpc.AddLocalRpcTarget(cancellation);
        logs.ToClient = (type, message) =>
        {
            // Nothing goes to the client before it has sent initialize (LSP 3.17).
            if (Context.Lifecycle.State == LifecycleState.WaitingForInitialize)
            {
                return;
            }

            if (Interlocked.Increment(ref logMessagesInFlight) > LogMessagesInFlight)
            {
                Interlocked.Decrement(ref logMessagesInFlight);
                Interlocked.Increment(ref logMessagesLeftOut);
                return;
            }

            _ = NotifyLogAsync(type, message);
        };
    }

    public ServerContext Context { get; }

    internal LspCancellationStrategy Cancellation { get; }

    /// <summary>Runs until exit (0 after shutdown, 1 without) or until the input closes (0 after shutdown, else 1).</summary>
    public async Task<int> RunAsync()
    {
        rpc.StartListening();
        var finished = await Task.WhenAny(rpc.Completion, features.Lifecycle.Exit.Task).ConfigureAwait(false);
        if (finished == features.Lifecycle.Exit.Task)
        {
            return await features.Lifecycle.Exit.Task.ConfigureAwait(false);
        }

        try
        {
            await rpc.Completion.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Context.Logger.LogError("The connection failed: {Message}", exception.Message);
        }

        return Context.ShutdownReceived ? 0 : 1;
    }

    public async ValueTask DisposeAsync()
    {
        Context.Logs.ToClient = null;
        features.Diagnostics.Dispose();
        rpc.Dispose();
        await Task.CompletedTask.ConfigureAwait(false);
        loggerFactory.Dispose();
    }

    /// <summary>
    /// Registers a feature's [JsonRpcMethod] methods. Every other public method of a feature must
    /// be [JsonRpcIgnore] or an explicit interface implementation, so that a client cannot reach
    /// it; <see cref="AssertOnlyAttributedMethodsArePublic"/> checks that at start.
    /// </summary>
    private void Register(object target)
    {
        AssertOnlyAttributedMethodsArePublic(target.GetType());
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
    }

    private static void AssertOnlyAttributedMethodsArePublic(Type type)
    {
        var exposed = type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetCustomAttribute<JsonRpcMethodAttribute>() is null && m.GetCustomAttribute<JsonRpcIgnoreAttribute>() is null)
            .Select(m => m.Name)
            .ToList();
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException($"{type.Name} exposes {string.Join(", ", exposed)} to clients: mark them [JsonRpcIgnore].");
        }
    }

    /// <summary>Sends a log message; the first one sent after some were left out says how many.</summary>
    private async Task NotifyLogAsync(int type, string message)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync("window/logMessage", new Protocol.LogMessageParams(type, message)).ConfigureAwait(false);
            var leftOut = Interlocked.Exchange(ref logMessagesLeftOut, 0);
            if (leftOut > 0)
            {
                var notice = $"{leftOut} log messages were not sent while the client was not reading; the server's standard error has them all.";
                await rpc.NotifyWithParameterObjectAsync("window/logMessage", new Protocol.LogMessageParams(Protocol.MessageType.Warning, notice)).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref logMessagesInFlight);
        }
    }
}
