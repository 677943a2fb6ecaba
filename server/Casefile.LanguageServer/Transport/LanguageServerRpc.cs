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

    public LanguageServerRpc(IJsonRpcMessageHandler handler, IJsonRpcMessageFactory messages, ServerLifecycle lifecycle)
        : base(handler)
    {
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        var method = request.Method ?? string.Empty;
        var state = lifecycle.State;
        if (method == "exit")
        {
            return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
        }

        if (state == LifecycleState.WaitingForInitialize && method != "initialize")
        {
            return request.IsResponseExpected
                ? new ValueTask<JsonRpcMessage>(Error(request, ErrorCodes.ServerNotInitialized, $"The server is not initialized: '{method}' came before 'initialize'."))
                : new ValueTask<JsonRpcMessage>(Dropped(request));
        }

        if (method == "initialize" && state != LifecycleState.WaitingForInitialize)
        {
            return new ValueTask<JsonRpcMessage>(Error(request, ErrorCodes.InvalidRequest, "The server is already initialized."));
        }

        if (state == LifecycleState.ShutDown)
        {
            return request.IsResponseExpected
                ? new ValueTask<JsonRpcMessage>(Error(request, ErrorCodes.InvalidRequest, $"The server is shut down: only 'exit' is accepted, not '{method}'."))
                : new ValueTask<JsonRpcMessage>(Dropped(request));
        }

        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

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
