using System.Globalization;
using System.Text;

namespace Casefile.Presentation;

/// <summary>How a rendered text is written: Markdown for editors that show it, plain text for the others.</summary>
public enum MarkupFormat
{
    PlainText,
    Markdown,
}

/// <summary>
/// Builds a short document block by block in one <see cref="MarkupFormat"/>. Inline helpers
/// (<see cref="Text"/>, <see cref="Code"/>, <see cref="Bold"/> …) return pieces already written in
/// that format; block methods append them. Text from case files and messages always goes through
/// <see cref="Text"/>, so a title with a <c>*</c> or <c>[</c> never turns into markup.
/// </summary>
public sealed class MarkupWriter(MarkupFormat format)
{
    // CommonMark lets any ASCII punctuation be escaped; these are the ones that start markup inline.
    private const string MarkdownSpecials = "\\`*_[]<>#|~";

    private readonly List<string> blocks = [];

    public MarkupFormat Format { get; } = format;

    public bool IsMarkdown => Format == MarkupFormat.Markdown;

    public bool IsEmpty => blocks.Count == 0;

    /// <summary>Plain text as it must read: escaped for Markdown, unchanged otherwise.</summary>
    public string Text(string text)
    {
        if (!IsMarkdown || text.AsSpan().IndexOfAny(MarkdownSpecials) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (MarkdownSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A key, value or code as written in a file; backticks set it apart in plain text too.</summary>
    public string Code(string text)
    {
        var fence = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{pad}{text}{pad}{fence}";
    }

    public string Bold(string written) => IsMarkdown ? $"**{written}**" : written;

    public string Italic(string written) => IsMarkdown ? $"*{written}*" : written;

    /// <summary>A link; in plain text the label alone (the target is given elsewhere where it matters).</summary>
    public string Link(string written, string? target) =>
        IsMarkdown && !string.IsNullOrEmpty(target) ? $"[{written}]({EscapeTarget(target)})" : written;

    /// <summary>A localised template (escaped as text) with arguments already written in this format.</summary>
    public string Template(string template, params string[] written)
    {
        // Escaping leaves {0} alone: braces are not among the specials.
        return string.Format(CultureInfo.InvariantCulture, Text(template), written.Cast<object?>().ToArray());
    }

    public MarkupWriter Paragraph(string written)
    {
        if (written.Length > 0)
        {
            blocks.Add(written);
        }

        return this;
    }

    public MarkupWriter List(IEnumerable<string> items)
    {
        var lines = items.Where(i => i.Length > 0).Select(i => (IsMarkdown ? "- " : "• ") + i).ToList();
        if (lines.Count > 0)
        {
            blocks.Add(string.Join('\n', lines));
        }

        return this;
    }

    /// <summary>Quoted paragraphs (a "&gt; " block in Markdown), each written in this format.</summary>
    public MarkupWriter Quote(IEnumerable<string> paragraphs)
    {
        var parts = paragraphs.Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return this;
        }

        blocks.Add(IsMarkdown
            ? string.Join("\n>\n", parts.Select(p => "> " + p.Replace("\n", "\n> ", StringComparison.Ordinal)))
            : string.Join("\n\n", parts));
        return this;
    }

    /// <summary>A horizontal rule between sections.</summary>
    public MarkupWriter Separator()
    {
        if (blocks.Count > 0)
        {
            blocks.Add(IsMarkdown ? "---" : "——————");
        }

        return this;
    }

    public override string ToString() => string.Join("\n\n", blocks);

    private static string EscapeTarget(string target) =>
        target.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
