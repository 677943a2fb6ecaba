using System.Text.Json;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// StreamJsonRpc with LSP's lifecycle rules applied before any handler runs: before initialize a
/// request gets ServerNotInitialized and a notification is dropped (exit excepted); after
/// shutdown a request gets InvalidRequest. A second initialize is an InvalidRequest too.
/// </summary>
public sealed class LanguageServerRpc : JsonRpc
{
    private readonly ServerLifecycle lifecycle;
    private readonly IJsonRpcMessageFactory messages;
    private readonly ILogger logger;

    public LanguageServerRpc(IJsonRpcMessageHandler handler, IJsonRpcMessageFactory messages, ServerLifecycle lifecycle, ILogger logger)
        : base(handler)
    {
        this.lifecycle = lifecycle;
        this.messages = messages;
        this.logger = logger;
    }

    /// <summary>
    /// Runs as each message is read, in order, before its handler is scheduled: the lifecycle's
    /// transitions happen here so that a request read after initialize (or shutdown) sees them,
    /// however the handlers are then scheduled.
    /// </summary>
    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        var method = request.Method ?? string.Empty;
        if (method is "exit" or LspMessageHandler.MalformedMethod)
        {
            return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
        }

        if (method == "initialize")
        {
            return lifecycle.TryMove(LifecycleState.WaitingForInitialize, LifecycleState.Initializing)
                ? ReopenIfFailedAsync(base.DispatchRequestAsync(request, targetMethod, cancellationToken))
                : Reject(request, ErrorCodes.InvalidRequest, "The server is already initialized.");
        }

        switch (lifecycle.State)
        {
            case LifecycleState.WaitingForInitialize:
                return Reject(request, ErrorCodes.ServerNotInitialized, $"The server is not initialized: '{method}' came before 'initialize'.");
            case LifecycleState.ShutDown:
                return Reject(request, ErrorCodes.InvalidRequest, $"The server is shut down: only 'exit' is accepted, not '{method}'.");
        }

        if (method == "shutdown")
        {
            lifecycle.Set(LifecycleState.ShutDown);
        }

        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

    /// <summary>
    /// A handler's failure as LSP expects it: its own code for a <see cref="LocalRpcException"/>
    /// (ContentModified, InvalidParams …), RequestCancelled for a cancelled request, and
    /// InternalError (logged with its stack) for anything else, a bug of the server.
    /// </summary>
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var details = base.CreateErrorDetails(request, exception);
        if (exception is LocalRpcException or OperationCanceledException || request.Method == LspMessageHandler.MalformedMethod)
        {
            return details;
        }

        if (exception is JsonException)
        {
            details.Code = (JsonRpcErrorCode)ErrorCodes.InvalidParams;
            logger.LogWarning("'{Method}' failed on its parameters: {Message}", request.Method, exception.Message);
            return details;
        }

        logger.LogError("'{Method}' failed: {Exception}", request.Method, exception.ToString());
        details.Code = (JsonRpcErrorCode)ErrorCodes.InternalError;
        return details;
    }

    /// <summary>An initialize that failed (its parameters could not be read) leaves the server waiting for a good one.</summary>
    private async ValueTask<JsonRpcMessage> ReopenIfFailedAsync(ValueTask<JsonRpcMessage> initialize)
    {
        var response = await initialize.ConfigureAwait(false);
        if (response is JsonRpcError)
        {
            lifecycle.TryMove(LifecycleState.Initializing, LifecycleState.WaitingForInitialize);
        }

        return response;
    }

    private ValueTask<JsonRpcMessage> Reject(JsonRpcRequest request, int code, string message) =>
        new(request.IsResponseExpected ? Error(request, code, message) : Dropped(request));

    private JsonRpcMessage Error(JsonRpcRequest request, int code, string message)
    {
        var error = messages.CreateErrorMessage();
        error.RequestId = request.RequestId;
        error.Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message };
        return error;
    }

    private JsonRpcMessage Dropped(JsonRpcRequest request)
    {
        // A notification has no response; StreamJsonRpc discards a result for it.
        var result = messages.CreateResultMessage();
        result.RequestId = request.RequestId;
        return result;
    }
}
