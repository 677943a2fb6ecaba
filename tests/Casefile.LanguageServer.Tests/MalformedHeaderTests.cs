using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// LSP's base protocol abused, byte by byte, against the real server over stdio: headers without
/// a Content-Length or with one that is negative, not a number, too large for any message, given
/// twice; lines that are not headers; garbage between frames; a body cut short by the end of the
/// input; a header section that never ends. After each the server either reads the next good
/// message and answers it, or, when the input has ended, exits with the right code; it never hangs,
/// never crashes, and never buffers without limit.
/// </summary>
public sealed class MalformedHeaderTests
{
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(15);

    /// <summary>A request the server answers: its id is its tag.</summary>
    private static string Request(int id) => $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"casefile/memoryUsage\"}}";

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static int Length(int id) => Encoding.UTF8.GetByteCount(Request(id));

    /// <summary>
    /// Frames the server cannot delimit: its body (request 5) is lost, but the frame after it
    /// (request 2) must be read and answered.
    /// </summary>
    [Theory]
    [InlineData("no Content-Length")]
    [InlineData("a negative Content-Length")]
    [InlineData("a Content-Length that is not a number")]
    [InlineData("a Content-Length with no value")]
    [InlineData("a Content-Length past Int64")]
    [InlineData("a Content-Length with a sign")]
    [InlineData("two Content-Lengths that disagree")]
    public async Task A_frame_whose_length_cannot_be_read_is_skipped_and_the_next_is_answered(string abuse)
    {
        var headers = abuse switch
        {
            "no Content-Length" => "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
            "a negative Content-Length" => "Content-Length: -48\r\n\r\n",
            "a Content-Length that is not a number" => "Content-Length: forty-eight\r\n\r\n",
            "a Content-Length with no value" => "Content-Length:\r\n\r\n",
            "a Content-Length past Int64" => "Content-Length: 99999999999999999999999\r\n\r\n",
            "a Content-Length with a sign" => $"Content-Length: +{Length(5)}\r\n\r\n",
            "two Content-Lengths that disagree" => $"Content-Length: {Length(5)}\r\nContent-Length: {Length(5) + 9}\r\n\r\n",
            _ => throw new ArgumentOutOfRangeException(nameof(abuse)),
        };
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server);
        await frames.SendBytesAsync([.. Ascii(headers), .. Encoding.UTF8.GetBytes(Request(5))]);
        await frames.SendAsync(Request(2));
        await AssertAnsweredAsync(frames, server, 2);
        await AssertShutsDownAsync(frames, server);
    }

    /// <summary>Frames that break the letter of the base protocol but whose length is clear: they are read.</summary>
    [Theory]
    [InlineData("the same Content-Length twice")]
    [InlineData("a line without a colon before the headers")]
    [InlineData("garbage bytes glued to the header")]
    [InlineData("blank lines before the headers")]
    [InlineData("unknown headers around it, in any case")]
    [InlineData("spaces and tabs around the value, LF line ends")]
    public async Task A_frame_whose_length_is_clear_is_read_whatever_else_its_headers_hold(string abuse)
    {
        var length = Length(5);
        var headers = abuse switch
        {
            "the same Content-Length twice" => $"Content-Length: {length}\r\nContent-Length: {length}\r\n\r\n",
            "a line without a colon before the headers" => $"this is no header\r\nContent-Length: {length}\r\n\r\n",
            "garbage bytes glued to the header" => $"\u0001\u0002zz}}]Content-Length: {length}\r\n\r\n",
            "blank lines before the headers" => $"\r\n\r\n\n\r\nContent-Length: {length}\r\n\r\n",
            "unknown headers around it, in any case" => $"X-Trace: 1\r\nCONTENT-LENGTH: {length}\r\ncontent-type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
            "spaces and tabs around the value, LF line ends" => $"Content-Length: \t {length} \t\n\n",
            _ => throw new ArgumentOutOfRangeException(nameof(abuse)),
        };
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server);
        await frames.SendBytesAsync([.. Ascii(headers), .. Encoding.UTF8.GetBytes(Request(5))]);
        await frames.SendAsync(Request(2));
        await AssertAnsweredAsync(frames, server, 5);
        await AssertAnsweredAsync(frames, server, 2);
        await AssertShutsDownAsync(frames, server);
    }

    [Fact]
    public async Task Garbage_between_frames_is_skipped_and_the_frames_around_it_are_answered()
    {
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server);
        var random = new Random(6);
        var garbage = new byte[64 * 1024];
        random.NextBytes(garbage);

        // Binary noise with line breaks, colons and blank lines in it, text that looks like
        // headers, and JSON without a frame.
        garbage[100] = (byte)'\n';
        garbage[200] = (byte)':';
        "\r\n\r\n"u8.CopyTo(garbage.AsSpan(300));
        await frames.SendAsync(Request(5));
        await frames.SendBytesAsync(garbage);
        await frames.SendBytesAsync(Ascii("\r\nX-Header: value\r\nnot a header\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"casefile/memoryUsage\"}\r\n"));
        await frames.SendAsync(Request(2));
        await AssertAnsweredAsync(frames, server, 5);
        await AssertAnsweredAsync(frames, server, 2);
        await AssertShutsDownAsync(frames, server);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task A_body_shorter_than_announced_then_the_end_of_the_input_ends_the_session_with_the_right_exit_code(bool shutDownFirst, int exitCode)
    {
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server);
        if (shutDownFirst)
        {
            Assert.Contains("\"result\":null", await frames.RequestAsync(3, "shutdown", "null"));
        }

        await frames.SendBytesAsync(Ascii("Content-Length: 5000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":4,\"meth"));
        server.CloseInput();
        Assert.Equal(exitCode, await server.WaitForExitAsync(TimeSpan.FromSeconds(15)));
        Assert.DoesNotContain("Unhandled exception", server.ErrorOutput);
    }

    [Theory]
    [InlineData("Content-Length: 1")]
    [InlineData("Content-Len")]
    [InlineData("Content-Length: 2147483647\r\n\r\n")]
    [InlineData("Content-Length: 3000000000\r\n\r\n{")]
    public async Task The_end_of_the_input_inside_a_frame_ends_the_session_with_exit_code_1(string cut)
    {
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server);
        await frames.SendBytesAsync(Ascii(cut));
        server.CloseInput();
        Assert.Equal(1, await server.WaitForExitAsync(TimeSpan.FromSeconds(15)));
        Assert.DoesNotContain("Unhandled exception", server.ErrorOutput);
    }

    /// <summary>
    /// 48 MB of header lines (or of one line) without the blank line that ends a header section: the
    /// server reads them without keeping them, then reads the frame that follows.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_header_section_that_never_ends_is_not_buffered(bool inLines)
    {
        await using var server = ServerProcess.Start();
        var frames = await StartAsync(server);
        var before = server.ResidentBytes();
        var chunk = Ascii(inLines ? "X-Padding: " + new string('a', 1000) + "\r\n" : new string('a', 1024));
        var clock = Stopwatch.StartNew();
        var peak = before;
        for (var i = 0; i < 48 * 1024; i++)
        {
            await server.Input.WriteAsync(chunk);
            if (i % 4096 == 0)
            {
                peak = Math.Max(peak, server.ResidentBytes());
            }
        }

        await server.Input.FlushAsync();
        await frames.SendBytesAsync(Ascii("\r\n\r\n"));
        await frames.SendAsync(Request(2));
        await AssertAnsweredAsync(frames, server, 2);
        peak = Math.Max(peak, server.ResidentBytes());
        Assert.True(peak - before < 32_000_000, $"the server grew from {before / 1e6:F1} MB to {peak / 1e6:F1} MB reading 48 MB of headers");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"48 MB of headers took {clock.Elapsed}");
        await AssertShutsDownAsync(frames, server);
    }

    internal static async Task<RawFrames> StartAsync(ServerProcess server, bool pullDiagnostics = false)
    {
        var frames = new RawFrames(server);
        var capabilities = pullDiagnostics ? "{\"textDocument\":{\"diagnostic\":{}}}" : "{}";
        var response = JsonDocument.Parse(await frames.RequestAsync(1, "initialize", $"{{\"processId\":null,\"capabilities\":{capabilities},\"initializationOptions\":{{\"diagnosticsDelayMs\":0}}}}").WaitAsync(Answer)).RootElement;
        Assert.True(response.TryGetProperty("result", out _));
        await frames.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        return frames;
    }

    internal static async Task<JsonElement> AssertAnsweredAsync(RawFrames frames, ServerProcess server, int id)
    {
        try
        {
            return await frames.ReadResponseAsync(id).WaitAsync(Answer);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Request {id} was not answered within {Answer.TotalSeconds} s. Stderr:\n{server.ErrorOutput}");
        }
    }

    internal static async Task AssertShutsDownAsync(RawFrames frames, ServerProcess server)
    {
        Assert.Contains("\"result\":null", await frames.RequestAsync(99, "shutdown", "null").WaitAsync(Answer));
        await frames.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        Assert.Equal(0, await server.WaitForExitAsync(Answer));
        Assert.DoesNotContain("Unhandled exception", server.ErrorOutput);
    }
}
