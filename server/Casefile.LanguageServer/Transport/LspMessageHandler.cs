using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// LSP's base protocol: <c>Content-Length</c> headers, a blank line, a UTF-8 JSON body. Unlike
/// StreamJsonRpc's own handler it survives what a broken client sends: headers are read as
/// <see cref="LspFrameReader"/> says, a body that is not JSON-RPC becomes a notification to
/// <see cref="MalformedMethod"/> (which logs it), and a body over <see cref="MaxMessageBytes"/> is
/// skipped without being kept (a request among them is answered with InvalidRequest when its id
/// can be read from the body's first bytes).
/// </summary>
public sealed class LspMessageHandler : MessageHandlerBase
{
    public const string MalformedMethod = "$/casefile/malformedMessage";

    /// <summary>
    /// Larger messages are skipped: a 64 MiB case file in UTF-8, JSON-escaped, fits. (Measured: a
    /// 32 MB document costs the server some 330 MB resident while it is read and analysed.)
    /// </summary>
    public const int MaxMessageBytes = 256 * 1024 * 1024;

    /// <summary>How much of an oversized body is read to find its id.</summary>
    private const int OversizedPrefix = 64 * 1024;

    private readonly LspFrameReader frames;
    private readonly Stream output;
    private readonly ILogger logger;

    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, ILogger logger)
        : base(formatter)
    {
        frames = new LspFrameReader(input, logger);
        this.output = output;
        this.logger = logger;
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var length = await frames.ReadHeadersAsync(cancellationToken).ConfigureAwait(false);
            if (length is null)
            {
                return null;
            }

            if (length.Value > MaxMessageBytes)
            {
                var prefix = new byte[Math.Min(length.Value, OversizedPrefix)];
                if (!await frames.ReadBodyAsync(prefix, cancellationToken).ConfigureAwait(false)
                    || !await frames.SkipAsync(length.Value - prefix.Length, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var description = $"a message of {length.Value} bytes, over the limit of {MaxMessageBytes}";
                logger.LogWarning("Skipped {Description}", description);
                if (Probe(prefix, isFinalBlock: false) is { IsRequest: true, Id: { } id })
                {
                    return Malformed(id, description, Protocol.ErrorCodes.InvalidRequest);
                }

                continue;
            }

            var body = new byte[length.Value];
            if (!await frames.ReadBodyAsync(body, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            try
            {
                var message = Formatter.Deserialize(new ReadOnlySequence<byte>(body));
                if (message is JsonRpcRequest { Method: null or "" })
                {
                    // StreamJsonRpc would end the whole connection over it.
                    return Malformed(body, "a request without a method");
                }

                if (message is JsonRpcRequest { Method: LspCancellationStrategy.LspMethod } cancel)
                {
                    // StreamJsonRpc swallows $/cancelRequest whatever the strategy; ours takes it under its own name.
                    cancel.Method = LspCancellationStrategy.Method;
                }

                return message;
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
            {
                return Malformed(body, $"{exception.GetType().Name}: {FirstLine(exception.Message)} ({body.Length} bytes)");
            }
        }
    }

    /// <summary>
    /// Writes one message, header and body in one write. The write itself waits on a pool thread:
    /// standard output's writes are synchronous and block for as long as the client does not read
    /// (the pipe is full), and the thread that sends may be the one that dispatches the client's
    /// messages in order (a handler's response, a warning logged by didChange). Were it held, edits
    /// would stop being applied and the client's messages would pile up unread. StreamJsonRpc sends
    /// one message at a time, so at most one thread waits for the client.
    /// </summary>
    protected override async ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        Formatter.Serialize(body, content);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.WrittenCount}\r\n\r\n");
        var frame = new byte[header.Length + body.WrittenCount];
        header.CopyTo(frame, 0);
        body.WrittenSpan.CopyTo(frame.AsSpan(header.Length));
        await Task.Run(() => output.Write(frame), CancellationToken.None).ConfigureAwait(false);
    }

    protected override ValueTask FlushAsync(CancellationToken cancellationToken) => new(output.FlushAsync(cancellationToken));

    /// <summary>
    /// The stand-in for a message that is not JSON-RPC: a notification to <see cref="MalformedMethod"/>
    /// that logs it, or, when the message is a request whose <c>id</c> can still be read, a request
    /// that is answered with an error (InvalidRequest, or ParseError for broken JSON) so that the
    /// client does not wait for ever.
    /// </summary>
    private static JsonRpcMessage Malformed(byte[] body, string description)
    {
        var probe = Probe(body, isFinalBlock: true);
        return probe is { IsRequest: true, Id: { } id }
            ? Malformed(id, description, probe.IsJson ? Protocol.ErrorCodes.InvalidRequest : Protocol.ErrorCodes.ParseError)
            : new JsonRpcRequest { Method = MalformedMethod, ArgumentsList = [description, 0] };
    }

    private static JsonRpcRequest Malformed(RequestId id, string description, int errorCode) =>
        new() { Method = MalformedMethod, ArgumentsList = [description, errorCode], RequestId = id };

    /// <summary>
    /// What can be read of a broken message, or of the first bytes of one too large to read
    /// (<paramref name="isFinalBlock"/> false): its top-level id, whether it is a request (it has
    /// an id and a method, or an id and neither result nor error), whether it is JSON at all.
    /// </summary>
    private static (RequestId? Id, bool IsRequest, bool IsJson) Probe(byte[] body, bool isFinalBlock)
    {
        RequestId? id = null;
        var (hasMethod, isResponse) = (false, false);
        var reader = new Utf8JsonReader(body, isFinalBlock, new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, false, true);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("id"u8) ? "id" : reader.ValueTextEquals("method"u8) ? "method"
                    : reader.ValueTextEquals("result"u8) || reader.ValueTextEquals("error"u8) ? "response" : null;
                if (!reader.Read())
                {
                    break;
                }

                switch (name)
                {
                    case "id":
                        id = reader.TokenType switch
                        {
                            JsonTokenType.Number when reader.TryGetInt64(out var number) => new RequestId(number),
                            JsonTokenType.String => new RequestId(reader.GetString()),
                            _ => id,
                        };
                        break;
                    case "method":
                        hasMethod = true;
                        break;
                    case "response":
                        isResponse = true;
                        break;
                }

                if (!reader.TrySkip())
                {
                    // The rest of a message too large to read.
                    return (id, IsRequest(), true);
                }
            }

            // Anything after the object (a second value, junk) makes the whole body broken JSON.
            return (id, IsRequest(), !isFinalBlock || !reader.Read());
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Broken JSON, or text that is not UTF-8.
            return (id, IsRequest(), false);
        }

        bool IsRequest() => !isResponse && (hasMethod || isFinalBlock);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r');
}
