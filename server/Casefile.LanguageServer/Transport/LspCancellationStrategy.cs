using System.Text.Json;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// LSP's <c>$/cancelRequest</c>, in both directions. StreamJsonRpc's own strategy drops a cancel
/// that arrives before the request it names has started (queued behind a didOpen, say); here such
/// a cancel is remembered and applied when the request starts, so that a cancelled request always
/// ends with RequestCancelled. The notification is dispatched in order with the other messages,
/// so it is always handled after the request it cancels has started.
/// </summary>
public sealed class LspCancellationStrategy(Func<JsonRpc> rpc) : ICancellationStrategy
{
    /// <summary>LSP's name for the notification.</summary>
    public const string LspMethod = "$/cancelRequest";

    /// <summary>
    /// The name it is dispatched under: <see cref="LspMessageHandler"/> renames it as it reads it,
    /// because StreamJsonRpc routes <see cref="LspMethod"/> to its own strategy only.
    /// </summary>
    public const string Method = "$/casefile/cancelRequest";

    /// <summary>How many cancels of requests not (yet) known are remembered; a cancel of a request already answered is one of them.</summary>
    private const int EarlyCancelsKept = 512;

    private readonly object gate = new();
    private readonly Dictionary<RequestId, CancellationTokenSource> running = [];
    private readonly LinkedList<RequestId> early = new();

    /// <summary>How many requests can be cancelled now, and how many cancels wait for a request that may yet come.</summary>
    internal (int Running, int EarlyCancels) Pending
    {
        get
        {
            lock (gate)
            {
                return (running.Count, early.Count);
            }
        }
    }

    /// <summary>The client cancels one of its requests.</summary>
    [JsonRpcMethod(Method, UseSingleObjectParameterDeserialization = false)]
    public void CancelRequest(JsonElement id)
    {
        RequestId? requestId = id.ValueKind switch
        {
            JsonValueKind.Number when id.TryGetInt64(out var number) => new RequestId(number),
            JsonValueKind.String => new RequestId(id.GetString()),
            _ => null,
        };
        if (requestId is not { } known)
        {
            return;
        }

        CancellationTokenSource? source;
        lock (gate)
        {
            if (!running.TryGetValue(known, out source))
            {
                early.AddLast(known);
                if (early.Count > EarlyCancelsKept)
                {
                    early.RemoveFirst();
                }

                return;
            }
        }

        TryCancel(source);
    }

    void ICancellationStrategy.IncomingRequestStarted(RequestId requestId, CancellationTokenSource cancellationTokenSource)
    {
        bool cancelled;
        lock (gate)
        {
            cancelled = early.Remove(requestId);
            if (!cancelled)
            {
                running[requestId] = cancellationTokenSource;
            }
        }

        if (cancelled)
        {
            TryCancel(cancellationTokenSource);
        }
    }

    void ICancellationStrategy.IncomingRequestEnded(RequestId requestId)
    {
        lock (gate)
        {
            running.Remove(requestId);
        }
    }

    void ICancellationStrategy.CancelOutboundRequest(RequestId requestId) =>
        _ = SendCancelAsync(requestId);

    void ICancellationStrategy.OutboundRequestEnded(RequestId requestId)
    {
    }

    private async Task SendCancelAsync(RequestId requestId)
    {
        try
        {
            object id = requestId.Number is { } number ? number : requestId.String ?? string.Empty;
            await rpc().NotifyWithParameterObjectAsync(LspMethod, new { id }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private static void TryCancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
