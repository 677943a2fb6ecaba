using System.Text;
using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Syntax;

namespace Casefile.Tests.Baselines;

/// <summary>
/// A folder of case files analysed together, and each file's expected diagnostics in a readable
/// file beside it (<c>name.case.md</c> → <c>name.expected</c>): one line per diagnostic,
/// <c>line:col-line:col severity CODE message</c>, in the file's language (its <c>language</c>
/// key, else English). Set CASEFILE_UPDATE_BASELINES=1 to rewrite them, then review the diff.
/// </summary>
internal static class Baseline
{
    public static bool Updating => Environment.GetEnvironmentVariable("CASEFILE_UPDATE_BASELINES") == "1";

    public static string ExpectedPathOf(string caseFile) =>
        caseFile[..^".case.md".Length] + ".expected";

    /// <summary>Every folder under <paramref name="root"/> that holds case files, relative to the repository.</summary>
    public static IEnumerable<string> Folders(string root) =>
        Directory.EnumerateFiles(root, "*.case.md", SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(f)!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'));

    public static AnalysisResult AnalyzeFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*.case.md").Order(StringComparer.Ordinal).ToList();
        var syntaxes = files.Select(f => CaseFileParser.Parse(f, File.ReadAllText(f))).ToList();
        return Analyzer.Analyze(syntaxes);
    }

    public static string Render(FileAnalysis file)
    {
        var language = file.Model.Case.Language ?? Language.En;
        var builder = new StringBuilder();
        foreach (var diagnostic in file.Diagnostics)
        {
            builder.Append(diagnostic.Range.Start).Append('-').Append(diagnostic.Range.End)
                .Append(' ').Append(diagnostic.Severity.ToString().ToLowerInvariant())
                .Append(' ').Append(diagnostic.Code)
                .Append(' ').Append(diagnostic.Format(language))
                .Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Compares (or, when updating, rewrites) every file's expected diagnostics; returns the differences.</summary>
    public static IReadOnlyList<string> Check(string folder)
    {
        var failures = new List<string>();
        foreach (var file in AnalyzeFolder(folder).Files)
        {
            var actual = Render(file);
            var expectedPath = ExpectedPathOf(file.Path);
            if (Updating)
            {
                File.WriteAllText(expectedPath, actual);
                continue;
            }

            var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
            if (expected != actual)
            {
                failures.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file.Path)}:\n--- expected ({(expected is null ? "missing" : Path.GetFileName(expectedPath))})\n{expected}--- actual\n{actual}");
            }
        }

        return failures;
    }
}
