using System.Text;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Typing as an editor sends it, for as long as a test wants: at the end of a document a block
/// is typed one character per didChange, then rubbed out with backspace one character at a time
/// (line breaks included), again and again, so that the text never grows; every
/// <c>middleEditEvery</c>th change instead changes an hour in the middle of the document and back
/// (which changes the diagnostics of the interrogation). Every change is incremental (UTF-16, LF). The text the client holds is always known,
/// so that the diagnostics the server settles on can be compared with a fresh analysis.
/// </summary>
public sealed class TypingScript
{
    private readonly StringBuilder text;
    private readonly string block;
    private readonly Stack<int> lineLengths = new();
    private readonly (int Line, int Character, int Offset)? hour;
    private readonly int middleEditEvery;
    private int line;
    private int character;
    private int typed;
    private bool erasing;
    private bool hourChanged;

    /// <param name="document">The opened text, with LF line ends.</param>
    /// <param name="block">What is typed and rubbed out at the end; ASCII or other characters of one UTF-16 unit.</param>
    /// <param name="hourNeedle">A line of the document whose last five characters are an hour ("23:10") changed now and then; none when null.</param>
    public TypingScript(string document, string block, string? hourNeedle = null, int middleEditEvery = 50)
    {
        this.middleEditEvery = middleEditEvery;
        if (document.Contains('\r') || block.Contains('\r') || block.Any(char.IsSurrogate))
        {
            throw new ArgumentException("LF line ends and one-unit characters only.");
        }

        text = new StringBuilder(document);
        this.block = block;
        line = document.Count(c => c == '\n');
        character = document.Length - (document.LastIndexOf('\n') + 1);
        if (hourNeedle is not null)
        {
            var at = document.IndexOf(hourNeedle, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{hourNeedle}' is not in the document.");
            }

            var offset = at + hourNeedle.Length - 5;
            var lineStart = document.LastIndexOf('\n', offset) + 1;
            hour = (document[..offset].Count(c => c == '\n'), offset - lineStart, offset);
        }
    }

    /// <summary>The version of the last change made (the document was opened as 1).</summary>
    public int Version { get; private set; } = 1;

    public string Text => text.ToString();

    /// <summary>The next content change, applied to <see cref="Text"/>, with its version.</summary>
    public (int Version, object Change) Next()
    {
        Version++;
        if (hour is { } h && Version % middleEditEvery == 0)
        {
            var replacement = hourChanged ? "23:10" : "21:40";
            hourChanged = !hourChanged;
            text.Remove(h.Offset, 5).Insert(h.Offset, replacement);
            return (Version, Changes.Replace(h.Line, h.Character, h.Line, h.Character + 5, replacement));
        }

        if (!erasing && typed == block.Length)
        {
            erasing = true;
        }
        else if (erasing && typed == 0)
        {
            erasing = false;
        }

        if (erasing)
        {
            typed--;
            text.Length--;
            if (character > 0)
            {
                character--;
                return (Version, Changes.Replace(line, character, line, character + 1, string.Empty));
            }

            var previous = lineLengths.Pop();
            line--;
            character = previous;
            return (Version, Changes.Replace(line, character, line + 1, 0, string.Empty));
        }

        var c = block[typed++];
        text.Append(c);
        var change = Changes.Insert(line, character, c.ToString());
        if (c == '\n')
        {
            lineLengths.Push(character);
            line++;
            character = 0;
        }
        else
        {
            character++;
        }

        return (Version, change);
    }
}
