namespace Casefile.Syntax;

/// <summary>
/// A piece of a value with a map back to the source, so that a list item or a part of a
/// period keeps its exact range even when the value spans lazy continuation lines.
/// </summary>
public sealed class ValueText
{
    // Values are nearly always one piece, held as the source offset of the first character; only
    // a value continued on lazy lines has pieces, each the index in Text where it begins and the
    // source offset of that index. One array fewer per attribute is a tenth of a large case's tree.
    private readonly int offset;
    private readonly (int TextIndex, int SourceOffset)[]? pieces;

    internal ValueText(string text, (int TextIndex, int SourceOffset)[] pieces)
    {
        Text = text;
        if (pieces.Length == 1 && pieces[0].TextIndex == 0)
        {
            offset = pieces[0].SourceOffset;
        }
        else
        {
            this.pieces = pieces;
        }
    }

    private ValueText(string text, int offset)
    {
        Text = text;
        this.offset = offset;
    }

    public string Text { get; }

    public TextSpan Span => TextSpan.FromBounds(ToSource(0), ToSourceEnd(Text.Length));

    public static ValueText Empty(int sourceOffset) => new(string.Empty, sourceOffset);

    internal static ValueText Single(string text, int sourceOffset) => new(text, sourceOffset);

    /// <summary>The source offset of a character of <see cref="Text"/>.</summary>
    public int ToSource(int index)
    {
        if (pieces is null)
        {
            return offset + index;
        }

        var piece = pieces[0];
        foreach (var candidate in pieces)
        {
            if (candidate.TextIndex > index)
            {
                break;
            }

            piece = candidate;
        }

        return piece.SourceOffset + (index - piece.TextIndex);
    }

    /// <summary>The source offset just after the character before <paramref name="index"/>.</summary>
    public int ToSourceEnd(int index) => index == 0 ? ToSource(0) : ToSource(index - 1) + 1;

    public ValueText Slice(int start, int length)
    {
        if (start == 0 && length == Text.Length)
        {
            return this;
        }

        var text = Text.Substring(start, length);
        if (pieces is null)
        {
            return new ValueText(text, offset + start);
        }

        var inside = 0;
        foreach (var (textIndex, _) in pieces)
        {
            if (textIndex > start && textIndex < start + length)
            {
                inside++;
            }
        }

        // Values are nearly always one piece; only lazy continuation lines make more.
        var sliced = new (int, int)[1 + inside];
        sliced[0] = (0, ToSource(start));
        var next = 1;
        foreach (var (textIndex, sourceOffset) in pieces)
        {
            if (textIndex > start && textIndex < start + length)
            {
                sliced[next++] = (textIndex - start, sourceOffset);
            }
        }

        return new ValueText(text, sliced);
    }

    public ValueText Trim()
    {
        var start = 0;
        var end = Text.Length;
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == Text.Length ? this : end == start ? Empty(ToSource(start)) : Slice(start, end - start);
    }

    /// <summary>Splits on a separator; each part trimmed, empty parts dropped.</summary>
    public IReadOnlyList<ValueText> Split(char separator)
    {
        var parts = new List<ValueText>();
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i == Text.Length || Text[i] == separator)
            {
                var part = Slice(start, i - start).Trim();
                if (part.Text.Length > 0)
                {
                    parts.Add(part);
                }

                start = i + 1;
            }
        }

        return parts;
    }

    /// <summary>Splits at the first occurrence of a separator string; null when it does not occur.</summary>
    public (ValueText Before, ValueText After)? SplitOnce(string separator)
    {
        var index = Text.IndexOf(separator, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var after = index + separator.Length;
        return (Slice(0, index).Trim(), Slice(after, Text.Length - after).Trim());
    }

    public override string ToString() => Text;
}
