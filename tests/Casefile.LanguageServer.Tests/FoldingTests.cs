using System.Text.Json;
using static Casefile.LanguageServer.Tests.LensTestSupport;

namespace Casefile.LanguageServer.Tests;

/// <summary>textDocument/foldingRange: entities, sections and the case's attribute list.</summary>
public sealed class FoldingTests
{
    private const string Text = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - procedure: general
        - registered: 2024-03-01 10:15

        ## Persons

        ### P-1 Bekov Bolat
        - role: suspect
        - lawyer: P-3

        ### P-3 Akhmetov Daniyar
        - role: defender

        ## Evidence

        ### E-1 Interrogation of the suspect Bekov B.
        - kind: testimony
        - person: P-1
        - start: 2024-03-02 10:10

        Bekov stated that on the evening of 28 February …

        > He denied the charge.


        ## Circumstances

        ### C-1 The event of the crime
        - element: event
        """;

    private static async Task<List<(int Start, int End, string? CollapsedText)>> FoldsAsync(LspClient client, string uri)
    {
        var result = await client.RequestAsync("textDocument/foldingRange", new { textDocument = Document(uri) });
        return result.EnumerateArray().Select(f =>
        {
            Assert.False(f.TryGetProperty("startCharacter", out _));
            Assert.False(f.TryGetProperty("kind", out _));
            return (
                f.GetProperty("startLine").GetInt32(),
                f.GetProperty("endLine").GetInt32(),
                f.TryGetProperty("collapsedText", out var collapsed) ? collapsed.GetString() : null);
        }).ToList();
    }

    [Fact]
    public async Task The_server_offers_folding_ranges()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync(capabilities: Capabilities());
        Assert.True(result.GetProperty("capabilities").GetProperty("foldingRangeProvider").GetBoolean());
    }

    [Fact]
    public async Task Entities_sections_and_the_case_keys_fold_without_trailing_blank_lines()
    {
        await using var session = await OpenAsync(Text, capabilities: Capabilities(collapsedText: true));
        var folds = await FoldsAsync(session.Client, session.Uri);
        Assert.Equal(
            [
                (0, 3, "Criminal case 245100031000123"),
                (5, 12, "Persons"),
                (7, 9, "P-1 Bekov Bolat"),
                (11, 12, "P-3 Akhmetov Daniyar"),
                (14, 23, "Evidence"),
                (16, 23, "E-1 Interrogation of the suspect Bekov B."),
                (26, 29, "Circumstances"),
                (28, 29, "C-1 The event of the crime"),
            ],
            folds);
    }

    [Fact]
    public async Task Collapsed_text_only_for_clients_that_show_it()
    {
        await using var session = await OpenAsync(Text);
        var folds = await FoldsAsync(session.Client, session.Uri);
        Assert.Equal(8, folds.Count);
        Assert.All(folds, f => Assert.Null(f.CollapsedText));
    }

    [Fact]
    public async Task The_clients_range_limit_is_respected()
    {
        await using var session = await OpenAsync(Text, capabilities: Capabilities(rangeLimit: 3));
        var folds = await FoldsAsync(session.Client, session.Uri);
        Assert.Equal([(0, 3), (5, 12), (7, 9)], folds.Select(f => (f.Start, f.End)));
    }

    [Fact]
    public async Task An_entity_with_only_its_heading_does_not_fold_and_CRLF_counts_lines_right()
    {
        var text = "# Case\r\n\r\n### P-1 Alone\r\n\r\n### P-2 Witness\r\n- role: witness\r\n\r\n";
        await using var session = await OpenAsync(text);
        var folds = await FoldsAsync(session.Client, session.Uri);
        Assert.Equal([(4, 5)], folds.Select(f => (f.Start, f.End)));
    }

    [Fact]
    public async Task A_deeper_heading_without_an_id_folds_inside_its_entity()
    {
        const string text = """
            # Case
            - case: 1

            ## E-1 Inspection
            - kind: protocol

            #### Notes of the inspection
            Text.

            ## E-2 Search
            - kind: protocol
            """;
        await using var session = await OpenAsync(text);
        var folds = await FoldsAsync(session.Client, session.Uri);
        Assert.Equal([(0, 1), (3, 7), (6, 7), (9, 10)], folds.Select(f => (f.Start, f.End)));
    }
}
