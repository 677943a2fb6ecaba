using Casefile.Analysis;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;

namespace Casefile.LanguageServer.Tests.Properties;

/// <summary>
/// A fresh analysis of the model's text, described as <see cref="RuntimeClient.DescribeWithRelated"/>
/// describes what the server sends, with columns in the client's encoding (converted by the model).
/// </summary>
public static class ExpectedDiagnostics
{
    public static IReadOnlyList<string> ForText(string path, ReferenceDocument document, PositionEncodingKind encoding)
    {
        var file = Analyzer.AnalyzeText(path, document.Text);
        var language = file.Model.Case.Language ?? Language.En;
        return file.Diagnostics.Select(d =>
        {
            var paragraph = d.Rule.Paragraph is { } p ? $" [para {p}]" : string.Empty;
            var related = string.Concat(d.Related.Select(r =>
                $" | related {LspClient.Uri(r.Path)} {Range(document, r.Range, encoding)} {r.Message.Format(language).ReplaceLineEndings(" ")}"));
            return $"{Range(document, d.Range, encoding)} {d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Format(language).ReplaceLineEndings(" ")}{paragraph}{related}";
        }).ToList();
    }

    /// <summary>Fails with both lists in full and what led to them (the edits sent), which a collection diff alone would not show.</summary>
    public static void AssertReported(IReadOnlyList<string> expected, IReadOnlyList<string> reported, string context)
    {
        if (!reported.SequenceEqual(expected))
        {
            throw new Xunit.Sdk.XunitException(
                $"{context}\nexpected:\n  {string.Join("\n  ", expected)}\nbut the server reported:\n  {string.Join("\n  ", reported)}");
        }
    }

    private static string Range(ReferenceDocument document, Casefile.Syntax.LineRange range, PositionEncodingKind encoding) =>
        $"{range.Start.Line}:{document.ColumnIn(range.Start.Line, range.Start.Character, encoding)}-{range.End.Line}:{document.ColumnIn(range.End.Line, range.End.Character, encoding)}";
}
