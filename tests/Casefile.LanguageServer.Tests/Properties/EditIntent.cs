using Casefile.LanguageServer.Workspace;

namespace Casefile.LanguageServer.Tests.Properties;

/// <summary>Where on a line a generated position aims, the awkward places included.</summary>
public enum Spot
{
    Anywhere,
    LineStart,
    LineEnd,

    /// <summary>Past the line's end, as clients send after a line shrank; on a CRLF line, where a client that counts the CR would put "between CR and LF".</summary>
    PastLineEnd,

    /// <summary>Between the units of one character: the halves of a surrogate pair (UTF-16), inside a multi-byte sequence (UTF-8).</summary>
    InsideCharacter,

    PastLastLine,
}

public enum EditKind
{
    Insert,
    Delete,
    Replace,

    /// <summary>A replacement whose range ends before it starts.</summary>
    Reversed,

    /// <summary>A change without a range: the whole new text.</summary>
    Full,
}

/// <summary>
/// A position before it meets a document: where it aims and random numbers, turned into a line
/// and column when the edit is made. Generating aims rather than positions lets every edit of a
/// sequence aim at the text the ones before it left (and shrink along with them).
/// </summary>
public sealed record PositionIntent(Spot Spot, int Line, int Column)
{
    /// <param name="fromLine">For the end of a range: the line of its start, which the end stays within a few lines of.</param>
    public ClientPosition Resolve(ReferenceDocument document, PositionEncodingKind encoding, int? fromLine = null)
    {
        if (Spot == Spot.PastLastLine)
        {
            return new ClientPosition(document.LineCount + (Line % 3), Column % 5);
        }

        var line = fromLine is { } start ? Math.Min(start + (Line % 3), document.LineCount - 1) : Line % document.LineCount;
        var length = document.LineLength(line, encoding);
        var wide = document.WideCharacters(line, encoding);
        var column = Spot switch
        {
            Spot.LineStart => 0,
            Spot.LineEnd => length,
            Spot.PastLineEnd => length + 1 + (Column % 4),
            Spot.InsideCharacter when wide.Count > 0 => InsideOf(wide[Column % wide.Count], Column / wide.Count),
            _ => Column % (length + 1),
        };
        return new ClientPosition(line, column);
    }

    private static int InsideOf((int Column, int Width) character, int choice) => character.Column + 1 + (choice % (character.Width - 1));
}

/// <summary>One generated content change, made concrete against the text it applies to.</summary>
public sealed record EditIntent(EditKind Kind, PositionIntent Start, PositionIntent End, string Text)
{
    public ClientEdit Resolve(ReferenceDocument document, PositionEncodingKind encoding)
    {
        if (Kind == EditKind.Full)
        {
            return new ClientEdit(null, Text);
        }

        var start = Start.Resolve(document, encoding);
        if (Kind == EditKind.Insert)
        {
            return new ClientEdit(new ClientRange(start, start), Text);
        }

        var end = End.Resolve(document, encoding, fromLine: start.Line);
        var (first, last) = (start.Line, start.Character).CompareTo((end.Line, end.Character)) <= 0 ? (start, end) : (end, start);
        return Kind switch
        {
            EditKind.Delete => new ClientEdit(new ClientRange(first, last), string.Empty),
            EditKind.Reversed => new ClientEdit(new ClientRange(last, first), Text),
            _ => new ClientEdit(new ClientRange(first, last), Text),
        };
    }
}
