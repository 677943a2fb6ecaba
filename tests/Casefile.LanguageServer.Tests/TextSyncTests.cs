using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Incremental text sync over stdio: UTF-16 positions (surrogate pairs), CRLF and LF, several
/// changes in one didChange, full-text changes, stale versions, and positionEncoding negotiation.
/// The text the server holds is read back through the diagnostics (their ranges and the keys and
/// values they quote).
/// </summary>
public sealed class TextSyncTests
{
    private static string Doc(string eol, string roleValue = "suspect") => string.Join(eol,
        "# Criminal case 1",
        "- case: 1",
        "- registered: 2024-03-01 10:15",
        string.Empty,
        "### P-1 Bekov Bolat",
        $"- role: {roleValue}",
        "- colour: red",
        string.Empty);

    [Fact]
    public async Task Utf16_positions_count_a_surrogate_pair_as_two_units()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("emoji.case.md");
        await client.OpenAsync(uri, Doc("\n", "😀x"));
        var first = await client.WaitForDiagnosticsAsync(uri, p => RuntimeClient.Describe(p).Any(d => d.Contains("'😀x'")));
        Assert.Contains("5:8-5:11 error CF0003 '😀x' is not a value of 'role'", string.Join("\n", RuntimeClient.Describe(first)));

        // Between the emoji and the x: column 10 in UTF-16 (8 + 2).
        await client.ChangeAsync(uri, 2, Changes.Insert(5, 10, "y"));
        var second = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.Contains("5:8-5:12 error CF0003 '😀yx' is not a value of 'role'", string.Join("\n", RuntimeClient.Describe(second)));

        // Replacing the emoji itself (both units) leaves the rest intact.
        await client.ChangeAsync(uri, 3, Changes.Replace(5, 8, 5, 10, "z"));
        var third = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 3);
        Assert.Contains("5:8-5:11 error CF0003 'zyx' is not a value of 'role'", string.Join("\n", RuntimeClient.Describe(third)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Edits_land_on_the_right_line_whatever_the_line_ends(string eol)
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("eol.case.md");
        await client.OpenAsync(uri, Doc(eol));
        var first = await client.WaitForDiagnosticsAsync(uri);
        Assert.Equal(["6:2-6:8 warning CF0002 'colour' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(first));

        // Rename the key, then add a line after it (the line break typed as the document has it).
        await client.ChangeAsync(uri, 2, Changes.Replace(6, 2, 6, 8, "hue"), Changes.Insert(6, 10, eol + "- shade: blue"));
        var second = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.Equal(
            [
                "6:2-6:5 warning CF0002 'hue' is not a key of a person (P-); the value is ignored.",
                "7:2-7:7 warning CF0002 'shade' is not a key of a person (P-); the value is ignored.",
            ],
            RuntimeClient.Describe(second));

        // Delete a whole line, its line break included: the range ends at the start of the next line.
        await client.ChangeAsync(uri, 3, Changes.Replace(6, 0, 7, 0, string.Empty));
        var third = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 3);
        Assert.Equal(["6:2-6:7 warning CF0002 'shade' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(third));

        // Join two lines across the line break: "- role: suspect" + "- shade: blue" → one value.
        await client.ChangeAsync(uri, 4, Changes.Replace(5, 15, 6, 0, " "));
        var fourth = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 4);
        Assert.Contains("5:8-5:29 error CF0003 'suspect - shade: blue' is not a value of 'role'", string.Join("\n", RuntimeClient.Describe(fourth)));
    }

    [Fact]
    public async Task Several_changes_in_one_didChange_apply_in_order_each_to_the_result_of_the_one_before()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("order.case.md");
        await client.OpenAsync(uri, Doc("\n"));
        await client.WaitForDiagnosticsAsync(uri);

        await client.ChangeAsync(
            uri,
            2,
            Changes.Insert(6, 2, "X"), // - Xcolour: red
            Changes.Replace(6, 3, 6, 9, "hue"), // - Xhue: red (the key moved by one)
            Changes.Insert(6, 2, "Y"), // - YXhue: red
            Changes.Replace(5, 8, 5, 15, "witnes")); // a line above: role: witnes
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.Equal(
            [
                "5:8-5:14 error CF0003 'witnes' is not a value of 'role'; did you mean 'witness'?",
                "6:2-6:7 warning CF0002 'YXhue' is not a key of a person (P-); the value is ignored.",
            ],
            RuntimeClient.Describe(published));
    }

    [Fact]
    public async Task A_change_without_a_range_replaces_the_whole_text_and_later_ranges_apply_to_it()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("full.case.md");
        await client.OpenAsync(uri, Doc("\n"));
        await client.WaitForDiagnosticsAsync(uri);

        await client.ChangeAsync(uri, 2, Changes.Full(Doc("\r\n", "judge")), Changes.Replace(6, 2, 6, 8, "tint"));
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.Equal(["6:2-6:6 warning CF0002 'tint' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(published));
    }

    [Fact]
    public async Task Stale_and_repeated_versions_are_ignored_and_logged()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("versions.case.md");
        await client.OpenAsync(uri, Doc("\n"));
        await client.WaitForDiagnosticsAsync(uri);

        await client.ChangeAsync(uri, 5, Changes.Replace(6, 2, 6, 8, "hue"));
        await client.ChangeAsync(uri, 4, Changes.Replace(6, 2, 6, 5, "stale")); // older: ignored
        await client.ChangeAsync(uri, 5, Changes.Replace(6, 2, 6, 5, "again")); // repeated: ignored
        await client.ChangeAsync(uri, 6, Changes.Insert(6, 5, "s")); // applies to v5's text
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 6);
        Assert.Equal(["6:2-6:6 warning CF0002 'hues' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(published));
        var logs = string.Join("\n", client.LogMessages());
        Assert.Contains("version 4 after 5", logs);
        Assert.Contains("version 5 after 5", logs);
        Assert.Contains("version 4 after 5", client.Server.ErrorOutput);
    }

    [Fact]
    public async Task Positions_outside_the_text_clamp_to_its_end()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var uri = workspace.UriOf("clamp.case.md");
        await client.OpenAsync(uri, Doc("\n"));
        await client.WaitForDiagnosticsAsync(uri);

        // A column past the line's end is the line's end (LSP); a line past the last one is the end of the text.
        await client.ChangeAsync(uri, 2, Changes.Insert(6, 500, "dish"), Changes.Insert(900, 3, "- size: big\n"));
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.Equal(
            [
                "6:2-6:8 warning CF0002 'colour' is not a key of a person (P-); the value is ignored.",
                "7:2-7:6 warning CF0002 'size' is not a key of a person (P-); the value is ignored.",
            ],
            RuntimeClient.Describe(published));
        Assert.True(await ServerStillAnswersAsync(client));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-32")]
    public async Task A_client_that_offers_only_another_encoding_gets_it_and_positions_are_converted(string encoding)
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        var capabilities = RuntimeClient.Capabilities(change: c => c["general"] = new JsonObject { ["positionEncodings"] = new JsonArray(encoding) });
        var result = await client.InitializeAsync(workspace.Root, capabilities);
        Assert.Equal(encoding, result.GetProperty("capabilities").GetProperty("positionEncoding").GetString());

        var uri = workspace.UriOf("encoding.case.md");
        await client.OpenAsync(uri, Doc("\n", "ж😀x").Replace("- colour: red", "- цвет: red"));
        var first = await client.WaitForDiagnosticsAsync(uri);

        // "ж😀x": UTF-16 8..12, UTF-8 8..15 (2 + 4 + 1 bytes), UTF-32 8..11; "цвет": UTF-8 2..10, UTF-32 2..6.
        var (valueEnd, keyEnd, afterEmoji) = encoding == "utf-8" ? (15, 10, 14) : (11, 6, 10);
        var lines = string.Join("\n", RuntimeClient.Describe(first));
        Assert.Contains($"5:8-5:{valueEnd} error CF0003 'ж😀x' is not a value of 'role'", lines);
        Assert.Contains($"6:2-6:{keyEnd} warning CF0002 'цвет' is not a key of a person (P-); the value is ignored.", lines);

        // Insert after the emoji of the value, in the client's units.
        await client.ChangeAsync(uri, 2, Changes.Insert(5, afterEmoji, "y"));
        var second = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("version").GetInt32() == 2);
        Assert.Contains($"5:8-5:{valueEnd + 1} error CF0003 'ж😀yx' is not a value of 'role'", string.Join("\n", RuntimeClient.Describe(second)));
    }

    [Fact]
    public async Task A_client_that_offers_utf16_among_others_gets_utf16()
    {
        await using var client = LspClient.Start();
        var capabilities = RuntimeClient.Capabilities(change: c => c["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-8", "utf-16") });
        var result = await client.InitializeAsync(capabilities: capabilities);
        Assert.Equal("utf-16", result.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
    }

    internal static async Task<bool> ServerStillAnswersAsync(LspClient client)
    {
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteMethodNotFoundException>(() => client.RequestAsync("casefile/noSuchMethod", new { }));
        return (int)error.ErrorCode == -32601;
    }
}
