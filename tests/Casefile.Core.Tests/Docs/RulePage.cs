using System.Text;
using System.Text.RegularExpressions;
using Casefile.Localization;
using Casefile.Resolution;

namespace Casefile.Tests.Docs;

/// <summary>
/// A rule's page in docs/rules: its examples (fences "md fails" and "md passes") and its
/// resolution section between <c>&lt;!-- resolution:begin N --&gt;</c> and
/// <c>&lt;!-- resolution:end --&gt;</c>, which is generated from the shipped resolution text.
/// </summary>
internal static partial class RulePage
{
    public static string PathOf(string code) => Path.Combine(RepositoryPaths.RuleDocs, $"{code}.md");

    public static IReadOnlyList<(bool Fails, string Text)> Examples(string page) =>
        ExampleFence().Matches(page).Select(m => (m.Groups["kind"].Value == "fails", m.Groups["body"].Value)).ToList();

    public static string? ResolutionParagraph(string page) =>
        ResolutionRegion().Match(page) is { Success: true } match ? match.Groups["number"].Value : null;

    /// <summary>The page with its resolution section regenerated.</summary>
    public static string WithResolutionSection(string page) =>
        ResolutionRegion().Replace(page, m => $"<!-- resolution:begin {m.Groups["number"].Value} -->\n{RenderResolution(m.Groups["number"].Value)}<!-- resolution:end -->");

    public static string RenderResolution(string number)
    {
        var builder = new StringBuilder();
        builder.Append("## The paragraph\n\n");
        builder.Append($"Paragraph {number} of the normative resolution of the Supreme Court of the Republic of Kazakhstan No. 4 of 20 April 2006, official text in Kazakh:\n\n");
        AppendQuote(builder, ResolutionTexts.Kazakh[number]);
        builder.Append("Unofficial English translation (the Kazakh text above is authoritative):\n\n");
        AppendQuote(builder, ResolutionTexts.Get(Language.En)[number]);
        builder.Append("<details><summary>Неофициальный перевод на русский язык</summary>\n\n");
        AppendQuote(builder, ResolutionTexts.Get(Language.Ru)[number]);
        builder.Append("</details>\n\n");
        return builder.ToString();
    }

    private static void AppendQuote(StringBuilder builder, ResolutionParagraph paragraph)
    {
        var blocks = paragraph.Text.Split("\n\n").Concat(paragraph.AmendmentNotes.Select(n => $"*{n}*"));
        builder.Append(string.Join(">\n", blocks.Select(b => $"> {b}\n")));
        builder.Append('\n');
    }

    [GeneratedRegex(@"^```md (?<kind>fails|passes)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExampleFence();

    [GeneratedRegex(@"<!-- resolution:begin (?<number>[0-9]+(?:-[0-9]+)?) -->\n.*?<!-- resolution:end -->", RegexOptions.Singleline)]
    private static partial Regex ResolutionRegion();
}
