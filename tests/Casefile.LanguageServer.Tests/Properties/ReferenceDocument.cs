using System.Text;
using Casefile.LanguageServer.Workspace;

namespace Casefile.LanguageServer.Tests.Properties;

/// <summary>
/// The model the server's text sync is checked against: a plain string, its lines and what an
/// LSP position means in it, written from the LSP 3.17 specification without the server's code
/// (no SourceText, no PositionEncoding), so that a shared mistake cannot hide.
/// </summary>
/// <remarks>
/// What a position means where the specification is silent or the client is wrong, decided here:
/// <list type="bullet">
/// <item>Lines end at CRLF, LF or a lone CR (LSP). A line's length excludes its terminator, so no
/// position can fall between CR and LF: a column past the line's end is the line's end, before
/// the CR ("defaults back to the line length").</item>
/// <item>A line past the last one is the end of the text (what vscode-languageserver-textdocument
/// does; the specification leaves it to the implementation).</item>
/// <item>A column inside a character (between the two halves of a surrogate pair in UTF-16,
/// inside a multi-byte sequence in UTF-8) is the end of that character. An edit therefore never
/// splits a character and never leaves a lone surrogate; and a client that counts code points
/// while it claims UTF-16 (a known editor bug) still lands after the character it meant.</item>
/// <item>A range whose end comes before its start covers the same text as the range the right way round.</item>
/// </list>
/// </remarks>
public sealed class ReferenceDocument
{
    private List<LineBounds> lines;

    public ReferenceDocument(string text)
    {
        Text = text;
        lines = Split(text);
    }

    public string Text { get; private set; }

    public int LineCount => lines.Count;

    /// <summary>The line's length in the encoding's units, without its terminator.</summary>
    public int LineLength(int line, PositionEncodingKind encoding) => CharactersOf(lines[line], encoding).Sum(c => c.Width);

    /// <summary>The characters of a line wider than one unit of the encoding, by their first unit: where a column can fall inside one.</summary>
    public IReadOnlyList<(int Column, int Width)> WideCharacters(int line, PositionEncodingKind encoding)
    {
        var wide = new List<(int, int)>();
        var column = 0;
        foreach (var character in CharactersOf(lines[line], encoding))
        {
            if (character.Width > 1)
            {
                wide.Add((column, character.Width));
            }

            column += character.Width;
        }

        return wide;
    }

    /// <summary>
    /// The content changes of one didChange: each intent made concrete against, and applied to,
    /// the text the ones before it left (LSP 3.17).
    /// </summary>
    public IReadOnlyList<ClientEdit> MakeChanges(IEnumerable<EditIntent> intents, PositionEncodingKind encoding)
    {
        var changes = new List<ClientEdit>();
        foreach (var intent in intents)
        {
            var change = intent.Resolve(this, encoding);
            Apply(change, encoding);
            changes.Add(change);
        }

        return changes;
    }

    public void Apply(ClientEdit edit, PositionEncodingKind encoding)
    {
        if (edit.Range is not { } range)
        {
            Text = edit.Text;
        }
        else
        {
            var start = OffsetOf(range.Start, encoding);
            var end = OffsetOf(range.End, encoding);
            if (end < start)
            {
                (start, end) = (end, start);
            }

            Text = string.Concat(Text.AsSpan(0, start), edit.Text, Text.AsSpan(end));
        }

        lines = Split(Text);
    }

    /// <summary>The UTF-16 offset a client's position points at, by the rules above.</summary>
    public int OffsetOf(ClientPosition position, PositionEncodingKind encoding)
    {
        if (position.Line >= lines.Count)
        {
            return Text.Length;
        }

        var line = lines[position.Line];
        var units = 0;
        foreach (var character in CharactersOf(line, encoding))
        {
            if (units >= position.Character)
            {
                return character.Offset;
            }

            units += character.Width;
        }

        return line.ContentEnd;
    }

    /// <summary>
    /// A UTF-16 column of the text (as the analysis reports it) in the encoding's units: the units of
    /// the line's text before it, decoded on its own (a lone surrogate counts as U+FFFD would).
    /// </summary>
    public int ColumnIn(int line, int utf16Column, PositionEncodingKind encoding)
    {
        if (encoding == PositionEncodingKind.Utf16 || line >= lines.Count)
        {
            return utf16Column;
        }

        var bounds = lines[line];
        var prefix = Text.Substring(bounds.Start, Math.Min(utf16Column, bounds.ContentEnd - bounds.Start));
        return encoding == PositionEncodingKind.Utf8
            ? prefix.EnumerateRunes().Sum(r => r.Utf8SequenceLength)
            : prefix.EnumerateRunes().Count();
    }

    private IEnumerable<(int Offset, int Width)> CharactersOf(LineBounds line, PositionEncodingKind encoding)
    {
        var offset = line.Start;
        while (offset < line.ContentEnd)
        {
            Rune.DecodeFromUtf16(Text.AsSpan(offset, line.ContentEnd - offset), out var rune, out var consumed);
            var width = encoding switch
            {
                PositionEncodingKind.Utf8 => rune.Utf8SequenceLength,
                PositionEncodingKind.Utf32 => 1,
                _ => consumed,
            };
            yield return (offset, width);
            offset += consumed;
        }
    }

    private static List<LineBounds> Split(string text)
    {
        var result = new List<LineBounds>();
        var start = 0;
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] is '\r' or '\n')
            {
                var contentEnd = index;
                index += text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;
                result.Add(new LineBounds(start, contentEnd));
                start = index;
            }
            else
            {
                index++;
            }
        }

        result.Add(new LineBounds(start, text.Length));
        return result;
    }

    private readonly record struct LineBounds(int Start, int ContentEnd);
}
