using System.Text;

namespace Casefile.Completion;

/// <summary>LSP/TextMate snippet text: tab stops, placeholders and choices, with the text around them escaped.</summary>
internal static class Snippet
{
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);

    public static string TabStop(int index) => $"${{{index}}}";

    public static string Placeholder(int index, string text) => $"${{{index}:{Escape(text)}}}";

    public static string Choice(int index, IEnumerable<string> options)
    {
        var builder = new StringBuilder();
        builder.Append("${").Append(index).Append('|');
        builder.AppendJoin(',', options.Select(EscapeChoice));
        builder.Append("|}");
        return builder.ToString();
    }

    private static string EscapeChoice(string option) =>
        option.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal);
}
