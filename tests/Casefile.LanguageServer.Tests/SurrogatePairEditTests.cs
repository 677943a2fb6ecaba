using Casefile.LanguageServer.Workspace;
using Casefile.Syntax;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// In-process: a content change whose column falls inside a character (between the halves of a
/// surrogate pair, inside a UTF-8 sequence) applies at the end of that character, and never
/// leaves a lone surrogate in the server's text. "ab😀c": 😀 is UTF-16 2..4 and UTF-8 2..6.
/// </summary>
public sealed class SurrogatePairEditTests
{
    [Theory]
    [InlineData(PositionEncodingKind.Utf16, 3)]
    [InlineData(PositionEncodingKind.Utf8, 3)]
    [InlineData(PositionEncodingKind.Utf8, 5)]
    public void An_insertion_inside_a_character_lands_after_it(PositionEncodingKind encoding, int inside)
    {
        Assert.Equal("ab😀Xc", Apply("ab😀c", encoding, inside, inside, "X"));
    }

    [Fact]
    public void A_deletion_that_ends_inside_a_surrogate_pair_takes_the_whole_pair()
    {
        Assert.Equal("ac", Apply("ab😀c", PositionEncodingKind.Utf16, 1, 3, string.Empty));
    }

    [Fact]
    public void A_deletion_that_starts_inside_a_surrogate_pair_keeps_the_whole_pair()
    {
        Assert.Equal("ab😀", Apply("ab😀c", PositionEncodingKind.Utf16, 3, 5, string.Empty));
    }

    private static string Apply(string text, PositionEncodingKind encoding, int start, int end, string inserted)
    {
        var change = new Lsp.TextDocumentContentChangeEvent(new Lsp.Range(new Lsp.Position(0, start), new Lsp.Position(0, end)), inserted);
        return TextChanges.Apply(new SourceText(text), [change], encoding).Text;
    }
}
