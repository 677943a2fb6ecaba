using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Presentation;
using Casefile.Syntax;

namespace Casefile.Tests.Presentation;

/// <summary>Case files for hover tests and a way to hover over a marked place of them.</summary>
internal static class HoverSamples
{
    public const string Path = "/cases/a.case.md";

    /// <summary>A night interrogation of a suspect without a lawyer: CF1504, CF1505, CF1001, and CF0404 on C-1.</summary>
    public const string NightInterrogation = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ### P-1 Bekov Bolat
        - role: suspect

        ### P-7 Seitov Arman
        - role: investigator

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - place: street
        - lawyer: none
        - rights-explained: no
        - proves: C-1

        Bekov stated that on the evening of 28 February he was at home; P-7 recorded it.

        ### C-1 The event of the crime
        - element: event
        - charged: yes
        """;

    public static FileAnalysis Analyze(string text, string path = Path) => Analyzer.AnalyzeText(path, text);

    /// <summary>The offset of the <paramref name="occurrence"/>-th <paramref name="needle"/>, plus <paramref name="shift"/>.</summary>
    public static int OffsetOf(string text, string needle, int shift = 1, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' not found");
        }

        return index + shift;
    }

    public static HoverResult? Hover(string text, string needle, Language language, int shift = 1, MarkupFormat format = MarkupFormat.Markdown, int occurrence = 1) =>
        Hover(Analyze(text), needle, language, shift, format, occurrence);

    public static HoverResult? Hover(FileAnalysis file, string needle, Language language, int shift = 1, MarkupFormat format = MarkupFormat.Markdown, int occurrence = 1, IReadOnlyCollection<FileAnalysis>? caseFiles = null) =>
        Hovers.At(new HoverRequest(file, OffsetOf(file.Model.Text.Text, needle, shift, occurrence), language, format) { CaseFiles = caseFiles ?? [file] });

    public static string Covered(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
