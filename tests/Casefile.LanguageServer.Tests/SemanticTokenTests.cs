using System.Text.Json;
using static Casefile.LanguageServer.Tests.LensTestSupport;

namespace Casefile.LanguageServer.Tests;

/// <summary>textDocument/semanticTokens/full and /range.</summary>
public sealed class SemanticTokenTests
{
    private static readonly string[] Types = ["namespace", "class", "property", "enumMember", "number", "keyword", "comment"];

    private const string Text = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15
        - interruption: 2024-04-01 .. 2024-04-10 (international-assistance)

        ## Evidence

        <!-- casefile-ignore CF1504, CF1505: questioned at once after the arrest -->
        ### E-1 Interrogation of P-1
        - KIND: testimony
        - person: P-1
        - place: office (room 305)
        - signed-by: P-1, P-7
        - colour: blue

        Bekov (P-1) stated …
        """;

    /// <summary>The tokens decoded to absolute positions, with the text each covers (UTF-16 columns).</summary>
    private static List<(int Line, int Character, int Length, string Type, int Modifiers, string Text)> Decode(JsonElement result, string text)
    {
        var lines = Lines(text);
        var data = result.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(0, data.Length % 5);
        var tokens = new List<(int, int, int, string, int, string)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            var length = data[i + 2];
            var covered = lines[line].Length >= character + length ? lines[line].Substring(character, length) : "<beyond the line>";
            tokens.Add((line, character, length, Types[data[i + 3]], data[i + 4], covered));
        }

        return tokens;
    }

    [Fact]
    public async Task The_legend_names_the_token_types_and_modifiers()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync(capabilities: Capabilities());
        var provider = result.GetProperty("capabilities").GetProperty("semanticTokensProvider");
        Assert.Equal(Types, provider.GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["declaration"], provider.GetProperty("legend").GetProperty("tokenModifiers").EnumerateArray().Select(t => t.GetString()));
        Assert.True(provider.GetProperty("full").GetBoolean());
        Assert.True(provider.GetProperty("range").GetBoolean());
    }

    [Fact]
    public async Task Keys_values_ids_dates_and_suppressed_codes_are_classified()
    {
        await using var session = await OpenAsync(Text);
        var result = await session.Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = Document(session.Uri) });
        var tokens = Decode(result, Text).Select(t => (t.Line, t.Text, t.Type, t.Modifiers)).ToList();
        Assert.Equal(
            [
                (0, "Criminal case 245100031000123", "namespace", 0),
                (1, "case", "property", 0),
                (2, "registered", "property", 0),
                (2, "2024-03-01 10:15", "number", 0),
                (3, "interruption", "property", 0),
                (3, "2024-04-01", "number", 0),
                (3, "2024-04-10", "number", 0),
                (3, "international-assistance", "enumMember", 0),
                (7, "CF1504", "keyword", 0),
                (7, "CF1505", "keyword", 0),
                (8, "E-1", "class", 1),
                (8, "P-1", "class", 0),
                (9, "KIND", "property", 0),
                (9, "testimony", "enumMember", 0),
                (10, "person", "property", 0),
                (10, "P-1", "class", 0),
                (11, "place", "property", 0),
                (11, "office", "enumMember", 0),
                (11, "(room 305)", "comment", 0),
                (12, "signed-by", "property", 0),
                (12, "P-1", "class", 0),
                (12, "P-7", "class", 0),
                (13, "colour", "property", 0),
                (15, "P-1", "class", 0),
            ],
            tokens);
    }

    [Fact]
    public async Task A_range_request_returns_the_tokens_inside_it_encoded_from_the_start()
    {
        await using var session = await OpenAsync(Text);
        var result = await session.Client.RequestAsync("textDocument/semanticTokens/range", new { textDocument = Document(session.Uri), range = Range(10, 0, 11, 100) });
        var tokens = Decode(result, Text).Select(t => (t.Line, t.Character, t.Text, t.Type)).ToList();
        Assert.Equal(
            [
                (10, 2, "person", "property"),
                (10, 10, "P-1", "class"),
                (11, 2, "place", "property"),
                (11, 9, "office", "enumMember"),
                (11, 16, "(room 305)", "comment"),
            ],
            tokens);
    }

    [Fact]
    public async Task Unreadable_values_free_text_and_empty_values_stay_plain()
    {
        const string text = "# Case\n- registered: 2024-13-45\n- procedure: fast\n- case: ABC 12\n- deadline:\n";
        await using var session = await OpenAsync(text);
        var result = await session.Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = Document(session.Uri) });
        var tokens = Decode(result, text).Select(t => (t.Text, t.Type)).ToList();
        Assert.Equal([("Case", "namespace"), ("registered", "property"), ("procedure", "property"), ("case", "property"), ("deadline", "property")], tokens);
    }

    [Fact]
    public async Task Columns_and_lengths_follow_the_negotiated_encoding()
    {
        const string text = "# Іс 😀\n- тіркелді: 2024-03-01\n- тіл: ru\n";
        await using var session = await OpenAsync(text, "en", Capabilities(encoding: "utf-8"));
        var result = await session.Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = Document(session.Uri) });
        var data = result.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        int Bytes(string s) => System.Text.Encoding.UTF8.GetByteCount(s);
        Assert.Equal(
            [
                0, 2, Bytes("Іс 😀"), 0, 0,
                1, 2, Bytes("тіркелді"), 2, 0,
                0, Bytes("тіркелді: "), 10, 4, 0,
                1, 2, Bytes("тіл"), 2, 0,
                0, Bytes("тіл: "), 2, 3, 0,
            ],
            data);
    }

    [Fact]
    public async Task A_heading_over_several_lines_gives_one_token_per_line()
    {
        const string text = "Criminal case\n245100031000123\n===\n- case: 1\n";
        await using var session = await OpenAsync(text);
        var result = await session.Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = Document(session.Uri) });
        var tokens = Decode(result, text).Select(t => (t.Line, t.Text, t.Type)).ToList();
        Assert.Equal([(0, "Criminal case", "namespace"), (1, "245100031000123", "namespace"), (3, "case", "property")], tokens);
    }
}
