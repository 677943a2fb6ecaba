using System.Collections.Concurrent;
using System.Text.Json;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// A client that writes messages as raw JSON (any id, any order, a cancel before its request) and
/// records every response it receives by id, to check that each request got exactly one. It reads
/// the server's output all the time and answers the server's own requests with null.
/// </summary>
public sealed class WireClient : IAsyncDisposable
{
    private readonly IAsyncDisposable server;
    private readonly RawFrames frames;
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly ConcurrentDictionary<string, ConcurrentBag<JsonElement>> responses = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> waiting = new();
    private readonly Task reading;
    private int nextId;

    public WireClient(ServerProcess server)
        : this(new RawFrames(server), server)
    {
    }

    /// <param name="frames">Frames to and from the server.</param>
    /// <param name="server">Ends the server when the client is disposed.</param>
    public WireClient(RawFrames frames, IAsyncDisposable server)
    {
        this.server = server;
        this.frames = frames;
        reading = Task.Run(ReadAllAsync);
    }

    /// <summary>The responses received for each id (as its raw JSON text), in no order.</summary>
    public IReadOnlyDictionary<string, ConcurrentBag<JsonElement>> Responses => responses;

    public async Task SendAsync(string json)
    {
        await writing.WaitAsync();
        try
        {
            await frames.SendAsync(json);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>Sends a request with the next number as its id; returns the id.</summary>
    public async Task<int> SendRequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        await SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id, method, @params = parameters }));
        return id;
    }

    public Task CancelAsync(object id) => SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "$/cancelRequest", @params = new { id } }));

    public Task NotifyAsync(string method, object? parameters) => SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method, @params = parameters }));

    /// <summary>The response to a request, whenever it came.</summary>
    public Task<JsonElement> ResponseAsync(int id)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var source = waiting.GetOrAdd(key, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (responses.TryGetValue(key, out var received) && received.TryPeek(out var first))
        {
            source.TrySetResult(first);
        }

        return source.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task<JsonElement> RequestAsync(string method, object? parameters) => await ResponseAsync(await SendRequestAsync(method, parameters));

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        try
        {
            await reading.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or ObjectDisposedException or InvalidOperationException or TimeoutException)
        {
        }
    }

    private async Task ReadAllAsync()
    {
        while (true)
        {
            var message = JsonDocument.Parse(await frames.ReadAsync()).RootElement.Clone();
            var hasMethod = message.TryGetProperty("method", out _);
            if (!message.TryGetProperty("id", out var id))
            {
                continue;
            }

            if (hasMethod)
            {
                // The server asks (registrations, configuration, refresh): answer null.
                await SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id.GetRawText()},\"result\":null}}");
                continue;
            }

            var key = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            responses.GetOrAdd(key, _ => []).Add(message);
            if (waiting.TryGetValue(key, out var source))
            {
                source.TrySetResult(message);
            }
        }
    }

    public static string Describe(JsonElement response) =>
        response.TryGetProperty("error", out var error) ? $"error {error.GetProperty("code").GetInt32()}" : "result";

    public static int? ErrorCode(JsonElement response) =>
        response.TryGetProperty("error", out var error) ? error.GetProperty("code").GetInt32() : null;
}
