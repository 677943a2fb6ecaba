using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// LSP's base protocol: <c>Content-Length</c> headers, a blank line, a UTF-8 JSON body. Unlike
/// StreamJsonRpc's own handler it survives what a broken client sends: a header it cannot read is
/// skipped up to the next <c>Content-Length:</c>, a body that is not JSON-RPC becomes a
/// notification to <see cref="MalformedMethod"/> (which logs it), an oversized body is skipped.
/// </summary>
public sealed class LspMessageHandler : MessageHandlerBase
{
    public const string MalformedMethod = "$/casefile/malformedMessage";

    /// <summary>Larger messages are skipped: a 64 MiB case file in UTF-8, JSON-escaped, fits.</summary>
    public const int MaxMessageBytes = 256 * 1024 * 1024;

    private static readonly byte[] ContentLength = Encoding.ASCII.GetBytes("Content-Length:");

    private readonly Stream input;
    private readonly Stream output;
    private readonly ILogger logger;
    private readonly byte[] one = new byte[1];

    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, ILogger logger)
        : base(formatter)
    {
        this.input = new BufferedStream(input, 64 * 1024);
        this.output = output;
        this.logger = logger;
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var length = await ReadHeadersAsync(cancellationToken).ConfigureAwait(false);
            if (length is null)
            {
                return null;
            }

            if (length.Value > MaxMessageBytes)
            {
                logger.LogWarning("Skipped a message of {Length} bytes, over the limit of {Limit}", length.Value, MaxMessageBytes);
                if (!await SkipAsync(length.Value, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                continue;
            }

            var body = new byte[length.Value];
            if (!await ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false))
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

    /// <summary>The Content-Length of the next message; null at the end of the input.</summary>
    private async Task<int?> ReadHeadersAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            int? length = null;
            var malformed = false;
            while (true)
            {
                var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (line is null)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    break;
                }

                var colon = line.IndexOf(':');
                if (colon < 0)
                {
                    malformed = true;
                    continue;
                }

                var name = line[..colon].Trim();
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    if (int.TryParse(line[(colon + 1)..].Trim(), out var parsed) && parsed >= 0)
                    {
                        length = parsed;
                    }
                    else
                    {
                        malformed = true;
                    }
                }
            }

            if (length is { } found && !malformed)
            {
                return found;
            }

            logger.LogWarning("Ignored a message whose headers could not be read; looking for the next Content-Length");
            if (!await SeekContentLengthAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            // The next header line starts after "Content-Length:"; read its value and the rest.
            var value = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value.Trim(), out var resynced) && resynced >= 0)
            {
                while (true)
                {
                    var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                    if (line is null)
                    {
                        return null;
                    }

                    if (line.Length == 0)
                    {
                        return resynced;
                    }
                }
            }
        }
    }

    /// <summary>Reads up to and including the next "Content-Length:"; false at the end of the input.</summary>
    private async Task<bool> SeekContentLengthAsync(CancellationToken cancellationToken)
    {
        var matched = 0;
        while (true)
        {
            var next = await ReadByteAsync(cancellationToken).ConfigureAwait(false);
            if (next < 0)
            {
                return false;
            }

            matched = char.ToLowerInvariant((char)next) == char.ToLowerInvariant((char)ContentLength[matched]) ? matched + 1
                : char.ToLowerInvariant((char)next) == char.ToLowerInvariant((char)ContentLength[0]) ? 1 : 0;
            if (matched == ContentLength.Length)
            {
                return true;
            }
        }
    }

    /// <summary>A header line without its terminator (CRLF or LF); null at the end of the input.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(64);
        while (true)
        {
            var next = await ReadByteAsync(cancellationToken).ConfigureAwait(false);
            if (next < 0)
            {
                return bytes.Count == 0 ? null : Encoding.ASCII.GetString(bytes.ToArray());
            }

            if (next == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.ASCII.GetString(bytes.ToArray());
            }

            // A header line is short; a runaway one is garbage, not a header.
            if (bytes.Count < 8192)
            {
                bytes.Add((byte)next);
            }
        }
    }

    private async Task<int> ReadByteAsync(CancellationToken cancellationToken)
    {
        var read = await input.ReadAsync(one, cancellationToken).ConfigureAwait(false);
        return read == 0 ? -1 : one[0];
    }

    private async Task<bool> ReadExactlyAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await input.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            total += read;
        }

        return true;
    }

    private async Task<bool> SkipAsync(int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var remaining = length;
        while (remaining > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, remaining)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            remaining -= read;
        }

        return true;
    }

    /// <summary>
    /// The stand-in for a message that is not JSON-RPC: a notification to <see cref="MalformedMethod"/>
    /// that logs it, or, when the message is a request whose <c>id</c> can still be read, a request
    /// that is answered with an error (InvalidRequest, or ParseError for broken JSON) so that the
    /// client does not wait for ever.
    /// </summary>
    private static JsonRpcMessage Malformed(byte[] body, string description)
    {
        var (id, isRequest, isJson) = Probe(body);
        var request = new JsonRpcRequest
        {
            Method = MalformedMethod,
            ArgumentsList = [description, isRequest && id is not null ? (isJson ? Protocol.ErrorCodes.InvalidRequest : Protocol.ErrorCodes.ParseError) : 0],
        };
        if (isRequest && id is { } requestId)
        {
            request.RequestId = requestId;
        }

        return request;
    }

    /// <summary>What can be read of a broken message: its top-level id, whether it is a request (no result or error), whether it is JSON at all.</summary>
    private static (RequestId? Id, bool IsRequest, bool IsJson) Probe(byte[] body)
    {
        RequestId? id = null;
        var isRequest = true;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, false, true);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (!reader.Read())
                {
                    break;
                }

                if (name == "id")
                {
                    id = reader.TokenType switch
                    {
                        JsonTokenType.Number when reader.TryGetInt64(out var number) => new RequestId(number),
                        JsonTokenType.String => new RequestId(reader.GetString()),
                        _ => id,
                    };
                }
                else if (name is "result" or "error")
                {
                    isRequest = false;
                }

                reader.Skip();
            }

            return (id, isRequest, true);
        }
        catch (JsonException)
        {
            return (id, isRequest, false);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r');
}
