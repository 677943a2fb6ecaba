using System.Text;
using System.Text.Json;

namespace Casefile.LanguageServer.Tests;

/// <summary>LSP's lifecycle, driven over stdio against the real executable.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_answers_capabilities_and_shutdown_then_exit_ends_with_0()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync();
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.Equal("casefile", result.GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.Server.WaitForExitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task A_request_before_initialize_gets_ServerNotInitialized()
    {
        await using var client = LspClient.Start();
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => client.RequestAsync("shutdown", null));
        Assert.Equal(-32002, error.ErrorCode);
    }

    [Fact]
    public async Task A_request_after_shutdown_gets_InvalidRequest()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.RequestAsync("shutdown", null);
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => client.RequestAsync("shutdown", null));
        Assert.Equal(-32600, error.ErrorCode);
    }

    [Fact]
    public async Task A_second_initialize_is_an_InvalidRequest()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => client.RequestAsync("initialize", new { capabilities = new { } }));
        Assert.Equal(-32600, error.ErrorCode);
    }

    [Fact]
    public async Task Unknown_requests_get_MethodNotFound_and_unknown_notifications_are_ignored()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.NotifyAsync("$/unknownNotification", new { x = 1 });
        await client.NotifyAsync("custom/whatever", null);
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteMethodNotFoundException>(() => client.RequestAsync("custom/unknownRequest", new { }));
        Assert.Equal(-32601, (int)error.ErrorCode);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task The_server_exits_when_its_input_closes()
    {
        await using var server = ServerProcess.Start();
        server.CloseInput();
        Assert.Equal(1, await server.WaitForExitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task The_server_exits_when_the_client_process_dies()
    {
        using var parent = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "2") { UseShellExecute = false })!;
        await using var client = LspClient.Start();
        await client.InitializeAsync(processId: parent.Id);
        await parent.WaitForExitAsync();
        Assert.Equal(1, await client.Server.WaitForExitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Malformed_json_is_logged_and_the_session_goes_on()
    {
        await using var server = ServerProcess.Start();
        var garbage = Encoding.UTF8.GetBytes("{not json at all");
        await server.Input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {garbage.Length}\r\n\r\n"));
        await server.Input.WriteAsync(garbage);
        await server.Input.FlushAsync();
        var client = new RawFrames(server);
        var response = await client.RequestAsync(1, "initialize", "{\"capabilities\":{}}");
        Assert.Contains("\"capabilities\"", response);
        Assert.Contains("not valid JSON-RPC", server.ErrorOutput);
    }

    [Theory]
    [InlineData("Content-Length: abc\r\n\r\n{}")]
    [InlineData("Content-Type: application/json\r\n\r\n")]
    [InlineData("Content-Length: 3\r\n\r\n[1]")]
    [InlineData("Content-Length: 20\r\n\r\n{\"jsonrpc\":\"2.0\",\"x\"")]
    [InlineData("Content-Length: 2\r\n\r\n{}")]
    [InlineData("garbage without any header at all\r\n\r\n")]
    public async Task A_broken_frame_is_skipped_and_the_next_message_is_answered(string broken)
    {
        await using var server = ServerProcess.Start();
        var frames = new RawFrames(server);
        Assert.Contains("\"capabilities\"", await frames.RequestAsync(1, "initialize", "{\"capabilities\":{}}"));
        await frames.SendBytesAsync(Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Unescape(broken)));
        var response = await frames.RequestAsync(2, "shutdown", "null");
        Assert.Contains("\"result\":null", response);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_skipped()
    {
        await using var server = ServerProcess.Start();
        var frames = new RawFrames(server);
        await frames.RequestAsync(1, "initialize", "{\"capabilities\":{}}");
        var size = (256 * 1024 * 1024) + 10;
        await frames.SendBytesAsync(Encoding.ASCII.GetBytes($"Content-Length: {size}\r\n\r\n"));
        var chunk = new byte[1024 * 1024];
        chunk.AsSpan().Fill((byte)' ');
        for (var sent = 0; sent < size; sent += chunk.Length)
        {
            await server.Input.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, size - sent)));
        }

        Assert.Contains("\"result\":null", await frames.RequestAsync(2, "shutdown", "null"));
    }
}
