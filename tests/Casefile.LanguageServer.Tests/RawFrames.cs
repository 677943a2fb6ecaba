using System.Text;

namespace Casefile.LanguageServer.Tests;

/// <summary>Writes and reads LSP frames by hand, for tests that send what a JSON-RPC library never would.</summary>
public sealed class RawFrames(Stream input, Stream output, Func<string> errorOutput)
{
    public RawFrames(ServerProcess server)
        : this(server.Input, server.Output, () => server.ErrorOutput)
    {
    }

    private int nextId = 1000;

    /// <summary>Sends a request with a fresh id (from 1001 up) and returns the id.</summary>
    public async Task<int> SendRequestAsync(string method, string parametersJson)
    {
        var id = Interlocked.Increment(ref nextId);
        await SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{parametersJson}}}");
        return id;
    }

    public async Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    public async Task SendBytesAsync(byte[] bytes)
    {
        await input.WriteAsync(bytes);
        await input.FlushAsync();
    }

    /// <summary>Sends a request and returns the body of its response, skipping notifications.</summary>
    public async Task<string> RequestAsync(int id, string method, string parametersJson)
    {
        await SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{parametersJson}}}");
        while (true)
        {
            var message = await ReadAsync();
            if (message.Contains($"\"id\":{id}") && !message.Contains("\"method\""))
            {
                return message;
            }
        }
    }

    /// <summary>Reads messages until the response to <paramref name="id"/>; answers nothing else.</summary>
    public async Task<System.Text.Json.JsonElement> ReadResponseAsync(int id)
    {
        while (true)
        {
            var message = System.Text.Json.JsonDocument.Parse(await ReadAsync()).RootElement;
            if (!message.TryGetProperty("method", out _) && message.TryGetProperty("id", out var found)
                && found.ValueKind == System.Text.Json.JsonValueKind.Number && found.GetInt32() == id)
            {
                return message.Clone();
            }
        }
    }

    public async Task<string> ReadAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLineAsync();
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim());
            }
        }

        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await output.ReadAsync(buffer.AsMemory(read));
            if (n == 0)
            {
                throw new EndOfStreamException($"The server closed its output. Stderr:\n{errorOutput()}");
            }

            read += n;
        }

        return Encoding.UTF8.GetString(buffer);
    }

    private async Task<string> ReadLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) == 0)
            {
                throw new EndOfStreamException($"The server closed its output. Stderr:\n{errorOutput()}");
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
