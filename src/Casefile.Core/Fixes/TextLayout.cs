using Casefile.Syntax;

namespace Casefile.Fixes;

/// <summary>
/// Where and how new lines go into a case file so that the Markdown still reads as the user wrote
/// it: the file's own line ending and bullet, a blank line around a new heading, nothing that a
/// following paragraph could join as a lazy continuation line.
/// </summary>
internal sealed class TextLayout
{
    private readonly CaseFileSyntax syntax;

    public TextLayout(CaseFileSyntax syntax)
    {
        this.syntax = syntax;
        NewLine = DetectNewLine(syntax.Text.Text);
        Bullet = DetectBullet(syntax);
    }

    public SourceText Text => syntax.Text;

    /// <summary>"\r\n" when the file's first line ends so, else "\n".</summary>
    public string NewLine { get; }

    /// <summary>The bullet the file's first attribute uses ("- ", "* " …); "- " when it has none.</summary>
    public string Bullet { get; }

    public string AttributeLine(string key, string value = "") => $"{Bullet}{key}: {value}";

    /// <summary>
    /// New <c>key: value</c> items after the last attribute of a list (after the heading when the
    /// list is empty), each begun as the last attribute's line begins.
    /// </summary>
    public FileEdit AppendAttributes(HeadingSyntax heading, IReadOnlyList<AttributeSyntax> attributes, IReadOnlyList<(string Key, string Value)> items)
    {
        var text = Text;
        int lastLine;
        var prefix = Bullet;
        if (attributes.Count > 0)
        {
            var last = attributes[^1];
            lastLine = text.GetLineIndex(Math.Max(last.Span.Start, last.Span.End - 1));
            prefix = text.Text[text.GetLineStart(last.Line)..last.KeySpan.Start];
        }
        else
        {
            lastLine = text.GetLineIndex(Math.Max(heading.Span.Start, heading.Span.End - 1));
        }

        var offset = text.GetLineSpan(lastLine).End;
        var builder = new System.Text.StringBuilder();
        foreach (var (key, value) in items)
        {
            builder.Append(NewLine).Append(prefix).Append(key).Append(": ").Append(value);
        }

        // A paragraph right under the heading would join the new item as its continuation line.
        if (attributes.Count == 0 && lastLine + 1 < text.LineCount && !IsBlank(lastLine + 1))
        {
            builder.Append(NewLine);
        }

        return new FileEdit(syntax.Path, text, new TextSpan(offset, 0), builder.ToString());
    }

    /// <summary>A block of lines (a heading and its list) at the start of a line, or at the end of the file, with a blank line on either side.</summary>
    public FileEdit InsertBlock(int offset, IReadOnlyList<string> lines)
    {
        var text = Text;
        var line = text.GetLineIndex(offset);
        var atLineStart = offset == text.GetLineStart(line);
        string before;
        if (!atLineStart)
        {
            before = string.IsNullOrWhiteSpace(text.Text[text.GetLineStart(line)..offset]) ? NewLine : NewLine + NewLine;
        }
        else
        {
            before = line == 0 || IsBlank(line - 1) ? string.Empty : NewLine;
        }

        var atEnd = offset >= text.Length || string.IsNullOrWhiteSpace(text.Text[offset..]);
        var after = atEnd ? NewLine : NewLine + NewLine;
        if (!atEnd && atLineStart && IsBlank(line))
        {
            after = NewLine;
        }

        return new FileEdit(syntax.Path, text, new TextSpan(offset, 0), before + string.Join(NewLine, lines) + after);
    }

    /// <summary>A line of its own right before <paramref name="line"/>, indented as that line is.</summary>
    public FileEdit InsertLineBefore(int line, string content)
    {
        var text = Text;
        var start = text.GetLineStart(line);
        var lineText = text.GetLineText(line);
        var indent = lineText[..(lineText.Length - lineText.TrimStart(' ', '\t').Length)];
        return new FileEdit(syntax.Path, text, new TextSpan(start, 0), indent + content + NewLine);
    }

    public bool IsBlank(int line) => string.IsNullOrWhiteSpace(Text.GetLineText(line));

    private static string DetectNewLine(string text)
    {
        var index = text.IndexOfAny(['\r', '\n']);
        return index >= 0 && text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\n";
    }

    private static string DetectBullet(CaseFileSyntax syntax)
    {
        var first = syntax.CaseAttributes.Concat(syntax.Entities.SelectMany(e => e.Attributes)).OrderBy(a => a.Span.Start).FirstOrDefault();
        if (first is null)
        {
            return "- ";
        }

        var text = syntax.Text;
        var start = text.GetLineStart(first.Line);
        var prefix = text.Text[start..first.KeySpan.Start].TrimStart(' ', '\t');
        return prefix.Length >= 2 && prefix[0] is '-' or '*' or '+' ? prefix : "- ";
    }
}
