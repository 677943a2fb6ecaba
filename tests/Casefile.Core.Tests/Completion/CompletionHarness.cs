using System.Text.RegularExpressions;
using Casefile.Completion;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Tests.Completion;

/// <summary>
/// Completion at the caret mark '‸' of a case file, and what the file reads after a candidate is
/// accepted (a snippet's tab stops become their placeholder text, or nothing).
/// </summary>
internal static partial class CompletionHarness
{
    public const char Caret = '‸';

    public static CompletionResult Complete(string textWithCaret, Language reader = Language.En, bool snippets = true, params (string Path, string Text)[] otherFiles)
    {
        var (text, offset) = Split(textWithCaret);
        var syntaxes = new List<CaseFileSyntax> { CaseFileParser.Parse("/case/main.case.md", text) };
        syntaxes.AddRange(otherFiles.Select(f => CaseFileParser.Parse(f.Path, f.Text)));
        var file = ModelBuilder.Build(syntaxes)[0];
        return CaseCompletion.Complete(file, offset, new CompletionOptions(reader, snippets));
    }

    public static (string Text, int Offset) Split(string textWithCaret)
    {
        var offset = textWithCaret.IndexOf(Caret, StringComparison.Ordinal);
        Assert.True(offset >= 0, "The text has no caret mark.");
        return (textWithCaret.Remove(offset, 1), offset);
    }

    public static CompletionCandidate Single(this CompletionResult result, string label) =>
        Assert.Single(result.Candidates, c => c.Label == label);

    public static IReadOnlyList<string> Labels(this CompletionResult result) =>
        result.Candidates.OrderBy(c => c.SortText, StringComparer.Ordinal).Select(c => c.Label).ToList();

    /// <summary>The text after accepting the candidate, with the caret where the cursor ends up ($0 or the end of the insertion).</summary>
    public static string Accept(string textWithCaret, CompletionCandidate candidate)
    {
        var (text, _) = Split(textWithCaret);
        var insert = candidate.IsSnippet ? ExpandSnippet(candidate.InsertText) : candidate.InsertText + Caret;
        return text[..candidate.Replace.Start] + insert + text[candidate.Replace.End..];
    }

    /// <summary>A snippet as it reads when every tab stop is left as proposed: placeholders keep their text, a choice its first option, $0 becomes the caret.</summary>
    public static string ExpandSnippet(string snippet)
    {
        var text = Choice().Replace(snippet, m => m.Groups["first"].Value);
        text = PlaceholderPattern().Replace(text, m => m.Groups["text"].Value);
        text = text.Replace("$0", Caret.ToString(), StringComparison.Ordinal);
        text = TabStopPattern().Replace(text, string.Empty);
        return text.Replace("\\$", "$", StringComparison.Ordinal).Replace("\\}", "}", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$\{\d+\|(?<first>[^,|]*)[^}]*\|\}")]
    private static partial Regex Choice();

    [GeneratedRegex(@"\$\{\d+:(?<text>[^}]*)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\$\{[1-9]\d*\}|\$[1-9]\d*")]
    private static partial Regex TabStopPattern();
}
