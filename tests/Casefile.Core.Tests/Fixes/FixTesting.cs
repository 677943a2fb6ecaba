using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Fixes;
using Casefile.Localization;
using Casefile.Syntax;

namespace Casefile.Tests.Fixes;

/// <summary>Analyses case files, finds a diagnostic's fixes and applies their edits as an editor would.</summary>
internal static class FixTesting
{
    public const string Path = "/cases/test.case.md";

    public static FileAnalysis Analyze(string text) => Analyzer.AnalyzeText(Path, text);

    /// <summary>Several files of one case (same folder, same case number); the analyses in the order given.</summary>
    public static IReadOnlyList<FileAnalysis> AnalyzeAll(params (string Path, string Text)[] files) =>
        Analyzer.Analyze(files.Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList()).Files;

    public static Diagnostic Single(FileAnalysis analysis, string code) =>
        Assert.Single(analysis.Diagnostics, d => d.Code == code);

    public static IReadOnlyList<Fix> FixesOf(FileAnalysis analysis, string code) => QuickFixes.For(analysis, Single(analysis, code));

    public static Fix Fix(FileAnalysis analysis, string code, FixKind kind) =>
        Assert.Single(FixesOf(analysis, code), f => f.Kind == kind);

    public static string Title(Fix fix, Language language = Language.En) => fix.Title.Format(language);

    /// <summary>The text of <paramref name="path"/> after the fix's edits to it.</summary>
    public static string Apply(Fix fix, string? path = null)
    {
        path ??= fix.Diagnostic.Path;
        var edits = fix.Edits.Where(e => e.Path == path).ToList();
        Assert.NotEmpty(edits);
        return FileEdit.Apply(edits[0].Text.Text, edits);
    }

    /// <summary>Which codes the analysis reports on which entity: what "the same violation" means after a fix.</summary>
    public static IReadOnlyList<string> Violations(FileAnalysis analysis) =>
        analysis.Diagnostics.Where(d => d.Rule.IsParagraphRule).Select(d => $"{d.Code}@{d.Entity}").Order(StringComparer.Ordinal).ToList();

    /// <summary>Text blocks are written with "\n"; a test of "\r\n" files converts.</summary>
    public static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
}
