using System.Text;
using Microsoft.Extensions.Logging;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// Reads LSP's base protocol from the client: header lines, a blank line, a body of
/// <c>Content-Length</c> bytes. What a broken client sends is read as leniently as it can be
/// without guessing a length:
/// <list type="bullet">
/// <item>blank lines before a header section, lines that are not headers, unknown headers and
/// bytes glued in front of a <c>Content-Length:</c> header are ignored (and logged, by size only:
/// they may be a document's text);</item>
/// <item>a section whose length is missing, is not a number, or is given twice with two values
/// cannot be delimited: it is skipped up to the next <c>Content-Length:</c>, where reading
/// starts again;</item>
/// <item>nothing is kept of a header line but its first 8 KiB and its last bytes, so a header
/// section that never ends is read without being buffered.</item>
/// </list>
/// </summary>
public sealed class LspFrameReader(Stream input, ILogger logger)
{
    private const int MaxHeaderLine = 8 * 1024;

    /// <summary>What is kept of the end of an overlong line: room for a Content-Length header glued to garbage.</summary>
    private const int OverlongTail = 64;

    private static readonly byte[] ContentLength = "Content-Length:"u8.ToArray();

    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly byte[] line = new byte[MaxHeaderLine];
    private int start;
    private int end;

    /// <summary>The Content-Length of the next frame that can be delimited; null at the end of the input.</summary>
    public async ValueTask<long?> ReadHeadersAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            long? length = null;
            var unreadable = false;
            var lines = 0;
            while (true)
            {
                var text = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (text is null)
                {
                    return null;
                }

                if (text.Length == 0)
                {
                    if (lines == 0)
                    {
                        // A line break between frames (some clients end a body with one).
                        continue;
                    }

                    break;
                }

                lines++;
                var at = text.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    if (!text.Contains(':', StringComparison.Ordinal))
                    {
                        logger.LogWarning("Ignored a header line that is not a header ({Length} bytes)", text.Length);
                    }

                    continue;
                }

                if (at > 0)
                {
                    logger.LogWarning("Ignored {Length} bytes before a Content-Length header", at);
                }

                if (TryParseLength(text.AsSpan(at + ContentLength.Length), out var value) && (length is null || length == value))
                {
                    length = value;
                }
                else
                {
                    unreadable = true;
                }
            }

            if (length is { } found && !unreadable)
            {
                return found;
            }

            logger.LogWarning(
                "Skipped a message whose length cannot be read ({Problem}); reading again from the next Content-Length",
                unreadable ? "a Content-Length that is not a length, or two that differ" : "no Content-Length");
            if (!await SeekContentLengthAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }
    }

    /// <summary>Fills <paramref name="body"/>; false at the end of the input.</summary>
    public async ValueTask<bool> ReadBodyAsync(Memory<byte> body, CancellationToken cancellationToken)
    {
        var buffered = Math.Min(end - start, body.Length);
        buffer.AsMemory(start, buffered).CopyTo(body);
        start += buffered;
        var total = buffered;
        while (total < body.Length)
        {
            var read = await input.ReadAsync(body[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            total += read;
        }

        return true;
    }

    /// <summary>Reads past <paramref name="length"/> bytes without keeping them; false at the end of the input.</summary>
    public async ValueTask<bool> SkipAsync(long length, CancellationToken cancellationToken)
    {
        var remaining = length;
        while (remaining > 0)
        {
            if (start == end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var skipped = (int)Math.Min(end - start, remaining);
            start += skipped;
            remaining -= skipped;
        }

        return true;
    }

    /// <summary>Digits, with spaces or tabs around them; a length too large for any stream is no length.</summary>
    private static bool TryParseLength(ReadOnlySpan<char> value, out long length)
    {
        value = value.Trim(" \t");
        length = 0;
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9' || length > (long.MaxValue - (c - '0')) / 10)
            {
                return false;
            }

            length = (length * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>
    /// One header line without its line break (LF or CRLF), as Latin-1 (one character per byte);
    /// null at the end of the input. Of a line longer than <see cref="MaxHeaderLine"/> only its
    /// last bytes are kept.
    /// </summary>
    private async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            if (start == end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            var length = newline < 0 ? end - start : newline;
            count = Append(buffer.AsSpan(start, length), count);
            start += length;
            if (newline >= 0)
            {
                start++;
                if (count > 0 && line[count - 1] == '\r')
                {
                    count--;
                }

                return Encoding.Latin1.GetString(line, 0, count);
            }
        }
    }

    private int Append(ReadOnlySpan<byte> bytes, int count)
    {
        if (count + bytes.Length <= line.Length)
        {
            bytes.CopyTo(line.AsSpan(count));
            return count + bytes.Length;
        }

        // An overlong line is garbage; keep its end, where a header glued to the garbage would be.
        var fromBytes = Math.Min(OverlongTail, bytes.Length);
        var fromLine = Math.Min(OverlongTail - fromBytes, count);
        line.AsSpan(count - fromLine, fromLine).CopyTo(line);
        bytes[^fromBytes..].CopyTo(line.AsSpan(fromLine));
        return fromLine + fromBytes;
    }

    /// <summary>Moves to the next "Content-Length:" (any case), leaving it to be read; false at the end of the input.</summary>
    private async ValueTask<bool> SeekContentLengthAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = IndexOfContentLength(buffer.AsSpan(start, end - start));
            if (found >= 0)
            {
                start += found;
                return true;
            }

            // Keep what may be the start of a header cut by the end of the buffer.
            start = Math.Max(start, end - (ContentLength.Length - 1));
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
    }

    private static int IndexOfContentLength(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (true)
        {
            var candidate = bytes[offset..].IndexOfAny((byte)'C', (byte)'c');
            if (candidate < 0)
            {
                return -1;
            }

            offset += candidate;
            if (bytes.Length - offset < ContentLength.Length)
            {
                return -1;
            }

            if (Ascii.EqualsIgnoreCase(bytes.Slice(offset, ContentLength.Length), ContentLength))
            {
                return offset;
            }

            offset++;
        }
    }

    /// <summary>Reads more input after what is buffered (moved to the front); false at the end of the input.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        var read = await input.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
        end += read;
        return read > 0;
    }
}
