using Casefile.Syntax;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// The unit of LSP's character offsets, negotiated at initialize. The core counts UTF-16 code
/// units; UTF-8 and UTF-32 clients are converted line by line.
/// </summary>
public enum PositionEncodingKind
{
    Utf16,
    Utf8,
    Utf32,
}

public static class PositionEncoding
{
    public static string Name(this PositionEncodingKind kind) => kind switch
    {
        PositionEncodingKind.Utf8 => "utf-8",
        PositionEncodingKind.Utf32 => "utf-32",
        _ => "utf-16",
    };

    /// <summary>UTF-16 when the client offers it (or offers nothing); otherwise the first the server knows.</summary>
    public static PositionEncodingKind Negotiate(IReadOnlyList<string>? offered)
    {
        if (offered is null || offered.Count == 0 || offered.Contains("utf-16"))
        {
            return PositionEncodingKind.Utf16;
        }

        foreach (var name in offered)
        {
            switch (name)
            {
                case "utf-8":
                    return PositionEncodingKind.Utf8;
                case "utf-32":
                    return PositionEncodingKind.Utf32;
            }
        }

        return PositionEncodingKind.Utf16;
    }

    public static Lsp.Position ToLsp(this PositionEncodingKind kind, SourceText text, LinePosition position)
    {
        if (kind == PositionEncodingKind.Utf16 || position.Line >= text.LineCount)
        {
            return new Lsp.Position(position.Line, position.Character);
        }

        var line = text.GetLineSpan(position.Line);
        var prefix = text.Text.AsSpan(line.Start, Math.Min(position.Character, line.Length));
        return new Lsp.Position(position.Line, kind == PositionEncodingKind.Utf8 ? System.Text.Encoding.UTF8.GetByteCount(prefix) : CountCodePoints(prefix));
    }

    public static Lsp.Range ToLsp(this PositionEncodingKind kind, SourceText text, LineRange range) =>
        new(kind.ToLsp(text, range.Start), kind.ToLsp(text, range.End));

    public static Lsp.Range ToLsp(this PositionEncodingKind kind, SourceText text, TextSpan span) =>
        kind.ToLsp(text, text.GetRange(span));

    /// <summary>
    /// The UTF-16 offset of an LSP position; columns past the line's end clamp to it. A column
    /// inside a character (between the halves of a surrogate pair in UTF-16, inside a multi-byte
    /// sequence in UTF-8) means the end of that character, so that an edit never splits one.
    /// </summary>
    public static int ToOffset(this PositionEncodingKind kind, SourceText text, Lsp.Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }

        if (kind == PositionEncodingKind.Utf16)
        {
            // LSP says nothing of a column between the halves of a surrogate pair. VS Code never
            // sends one; a client that counts code points and calls them UTF-16 does, and means the
            // end of the character. Taken literally, an edit there would leave lone surrogates that
            // no client's text has. The end of the character is also what UTF-8 columns give.
            var offset = text.GetOffset(new LinePosition(position.Line, position.Character));
            return IsInsideSurrogatePair(text.Text, offset) ? offset + 1 : offset;
        }

        var line = text.GetLineSpan(position.Line);
        var units = 0;
        var index = line.Start;
        while (index < line.End && units < position.Character)
        {
            var isPair = char.IsHighSurrogate(text.Text[index]) && index + 1 < line.End && char.IsLowSurrogate(text.Text[index + 1]);
            units += kind == PositionEncodingKind.Utf8
                ? (isPair ? 4 : System.Text.Encoding.UTF8.GetByteCount(text.Text.AsSpan(index, 1)))
                : 1;
            index += isPair ? 2 : 1;
        }

        return index;
    }

    private static bool IsInsideSurrogatePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static int CountCodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }
}
