namespace Casefile.Syntax;

/// <summary>
/// A document's text with its line table. Lines end at "\r\n", "\n" or "\r", as in LSP;
/// columns count UTF-16 code units.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string text)
    {
        Text = text;
        lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => lineStarts.Length;

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public int GetLineStart(int line) => lineStarts[line];

    /// <summary>The span of a line's content, without its terminator.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = lineStarts[line];
        var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public string GetLineText(int line) => this[GetLineSpan(line)];

    public int GetLineIndex(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = GetLineIndex(offset);
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public LineRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>The offset of a position; a column past the line's end is clamped to it, as LSP asks.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lineStarts.Length)
        {
            return Text.Length;
        }

        var lineSpan = GetLineSpan(position.Line);
        return lineSpan.Start + Math.Clamp(position.Character, 0, lineSpan.Length);
    }

    private static int[] ComputeLineStarts(string text)
    {
        // Line breaks found a vector at a time; a case file's lines average some forty characters.
        var starts = new List<int>((text.Length / 32) + 1) { 0 };
        var rest = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var found = rest.IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            var next = found + (rest[found] == '\r' && found + 1 < rest.Length && rest[found + 1] == '\n' ? 2 : 1);
            offset += next;
            starts.Add(offset);
            rest = rest[next..];
        }

        return [.. starts];
    }
}
