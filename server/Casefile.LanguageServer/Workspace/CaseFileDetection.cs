using System.Text.RegularExpressions;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// Which open documents are case files. A <c>*.case.md</c> file always is; any other document
/// (an editor that sends every Markdown buffer, as Neovim and Emacs configured for Markdown do,
/// or VS Code with casefile.detectCaseFiles) only when its first heading is followed by a
/// <c>case</c> key, the same test the VS Code extension makes (client-vscode/src/caseFile.ts).
/// A README is thus never analysed as a broken case.
/// </summary>
public static partial class CaseFileDetection
{
    private const int LinesRead = 200;

    public static bool IsCaseFile(string uri, string text) => DocumentUris.IsCaseFile(uri) || LooksLikeCaseFile(text);

    public static bool LooksLikeCaseFile(string text)
    {
        var lines = Head(text);
        var i = 0;
        if (lines.Count > 0 && lines[0].Trim() == "---")
        {
            var close = lines.FindIndex(1, l => FrontMatterEnd().IsMatch(l));
            i = close > 0 ? close + 1 : 0;
        }

        string? fence = null;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var fenceMatch = Fence().Match(line);
            if (fence is not null)
            {
                if (fenceMatch.Success && fenceMatch.Groups[1].Value[0] == fence[0] && fenceMatch.Groups[1].Value.Length >= fence.Length)
                {
                    fence = null;
                }

                continue;
            }

            if (fenceMatch.Success)
            {
                fence = fenceMatch.Groups[1].Value;
                continue;
            }

            if (AtxHeading().IsMatch(line))
            {
                return CaseKeyFollows(lines, i + 1);
            }

            if (line.Trim().Length > 0 && i + 1 < lines.Count && SetextUnderline().IsMatch(lines[i + 1]) && !ListItem().IsMatch(line))
            {
                return CaseKeyFollows(lines, i + 2);
            }
        }

        return false;
    }

    /// <summary>The first lines of the text, without their line ends; the rest is not even split.</summary>
    private static List<string> Head(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (lines.Count < LinesRead && start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            lines.Add(text[start..(end < 0 ? text.Length : end)].TrimEnd('\r'));
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return lines;
    }

    private static bool CaseKeyFollows(List<string> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0 || HtmlComment().IsMatch(lines[i]))
            {
                continue;
            }

            return CaseKey().IsMatch(lines[i]);
        }

        return false;
    }

    /// <summary>The case key in every language of the vocabulary (case = іс | тізілім-нөмірі = дело | номер-ердр).</summary>
    [GeneratedRegex(@"^ {0,3}[-*+][ \t]+(?:case|іс|тізілім[-_ ]нөмірі|дело|номер[-_ ]ердр)[ \t]*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseKey();

    [GeneratedRegex(@"^(---|\.\.\.)\s*$")]
    private static partial Regex FrontMatterEnd();

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:[ \t]|$)")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}[-*+][ \t]")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*<!--.*-->\s*$")]
    private static partial Regex HtmlComment();
}
