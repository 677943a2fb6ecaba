using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Cli.Output;

/// <summary>
/// What a run found, ready to be written: the files in path order, each with the language its
/// messages are shown in, the language of the report's own texts (rule titles, summary) and
/// where the rule pages are.
/// </summary>
public sealed record Report(IReadOnlyList<ReportFile> Files, Language Language, HelpLinks HelpLinks)
{
    public ReportSummary Summary { get; } = ReportSummary.Of(Files);
}

/// <summary>One checked file: its path as shown (relative to the current directory, '/' separators), its analysis and its message language.</summary>
public sealed record ReportFile(string Path, FileAnalysis Analysis, Language Language)
{
    /// <summary>The unsuppressed diagnostics, in source order.</summary>
    public IEnumerable<Diagnostic> Diagnostics => Analysis.Diagnostics;
}

/// <summary>Counts of unsuppressed diagnostics by severity, and of suppressed ones.</summary>
public sealed record ReportSummary(int Files, int Errors, int Warnings, int Information, int Hints, int Suppressed)
{
    public static ReportSummary Of(IReadOnlyList<ReportFile> files)
    {
        var shown = files.SelectMany(f => f.Diagnostics).ToList();
        return new ReportSummary(
            files.Count,
            shown.Count(d => d.Severity == Severity.Error),
            shown.Count(d => d.Severity == Severity.Warning),
            shown.Count(d => d.Severity == Severity.Information),
            shown.Count(d => d.Severity == Severity.Hint),
            files.Sum(f => f.Analysis.AllDiagnostics.Count(d => d.IsSuppressed)));
    }
}
