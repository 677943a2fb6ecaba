using System.Buffers;
using System.Text;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// System.Text.Json for LSP messages, made to survive a message that is not JSON (or not
/// JSON-RPC): StreamJsonRpc would drop the connection, so such a message becomes a notification
/// to <c>$/casefile/malformedMessage</c>, which logs it and carries on.
/// </summary>
public sealed class ResilientFormatter : IJsonRpcMessageTextFormatter, IJsonRpcInstanceContainer
{
    public const string MalformedMethod = "$/casefile/malformedMessage";

    private readonly SystemTextJsonFormatter inner = new();
    private readonly ILogger logger;

    public ResilientFormatter(ILogger logger)
    {
        this.logger = logger;
        JsonOptions.Configure(inner.JsonSerializerOptions);
    }

    public IJsonRpcMessageFactory MessageFactory => inner;

    /// <summary>The formatter needs its connection to bind typed arguments.</summary>
    JsonRpc IJsonRpcInstanceContainer.Rpc
    {
        set => ((IJsonRpcInstanceContainer)inner).Rpc = value;
    }

    public Encoding Encoding
    {
        get => inner.Encoding;
        set => inner.Encoding = value;
    }

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer) => Deserialize(contentBuffer, Encoding);

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding)
    {
        try
        {
            return inner.Deserialize(contentBuffer, encoding);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException or DecoderFallbackException)
        {
            var request = ((IJsonRpcMessageFactory)inner).CreateRequestMessage();
            request.Method = MalformedMethod;
            request.ArgumentsList = [$"{exception.GetType().Name}: {exception.Message} ({contentBuffer.Length} bytes)"];
            return request;
        }
    }

    public void Serialize(IBufferWriter<byte> bufferWriter, JsonRpcMessage message) => inner.Serialize(bufferWriter, message);

    public object GetJsonText(JsonRpcMessage message) => inner.GetJsonText(message);

    /// <summary>The target that receives the stand-in notification.</summary>
    public object Target => new MalformedMessageLog(logger);

    private sealed class MalformedMessageLog(ILogger logger)
    {
        [JsonRpcMethod(MalformedMethod, UseSingleObjectParameterDeserialization = false)]
        public void OnMalformedMessage(string description) =>
            logger.LogWarning("Ignored a message that is not valid JSON-RPC: {Description}", description);
    }
}
