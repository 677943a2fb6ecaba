using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Casefile.LanguageServer.Transport;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// The server's host in the test's own process, on streams the test controls: an input pipe the
/// test writes frames into, and an output that behaves as a console stream does (writes are
/// synchronous and block while the reader is <see cref="OutputCapacity"/> bytes behind, as with a
/// full pipe to a client that stopped reading). The server's state can then be read directly.
/// </summary>
public sealed class InProcessServer : IAsyncDisposable
{
    public const int OutputCapacity = 64 * 1024;

    private readonly Pipe input = new();
    private readonly Pipe output;
    private readonly StringWriter log = new();
    private readonly Task<int> run;

    /// <param name="blocking">Whether writes block while the output holds <see cref="OutputCapacity"/> bytes not yet read.</param>
    public InProcessServer(bool blocking = true)
    {
        output = new Pipe(new PipeOptions(pauseWriterThreshold: blocking ? OutputCapacity : 0, resumeWriterThreshold: blocking ? OutputCapacity / 2 : 0, useSynchronizationContext: false));
        Host = new LanguageServerHost(input.Reader.AsStream(), new BlockingOutput(output.Writer), TextWriter.Synchronized(log));
        run = Task.Run(Host.RunAsync);
    }

    public LanguageServerHost Host { get; }

    /// <summary>What the server writes, for a test to read (or not).</summary>
    public Stream Output => output.Reader.AsStream();

    public string Log => log.ToString();

    /// <summary>Frames to the server's input and from its output.</summary>
    public RawFrames Frames() => new(input.Writer.AsStream(), output.Reader.AsStream(), () => Log);

    public async Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await input.Writer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.Writer.WriteAsync(body);
    }

    /// <summary>Ends the input (as a client that closes the pipe) and waits for the host to stop.</summary>
    public async Task<int> CloseAsync()
    {
        await input.Writer.CompleteAsync();
        return await run.WaitAsync(TimeSpan.FromSeconds(20));
    }

    public async ValueTask DisposeAsync()
    {
        await input.Writer.CompleteAsync();
        await Host.DisposeAsync();

        // A reader of the output sees its end.
        await output.Writer.CompleteAsync();
    }

    /// <summary>A console stream's behaviour: WriteAsync writes synchronously, and blocks while the pipe is full.</summary>
    private sealed class BlockingOutput(PipeWriter writer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            writer.Write(buffer);
            writer.FlushAsync().AsTask().GetAwaiter().GetResult();
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
