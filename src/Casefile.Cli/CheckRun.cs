using System.Text;
using Casefile.Analysis;
using Casefile.Cli.Output;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Syntax;
using Casefile.Workspace;

namespace Casefile.Cli;

/// <summary>
/// One run of <c>casefile check</c>: collect and read the files, find their casefile.json, analyse
/// them together, write the report and choose the exit code. Problems of the run (a missing path,
/// an unreadable or too large file, a bad casefile.json) are printed to stderr and make the exit
/// code 2, but the other files are still checked and reported.
/// </summary>
public sealed class CheckRun(CheckOptions options, CliEnvironment environment)
{
    private readonly TextWriter stderr = environment.Stderr;
    private bool runProblems;

    public int Execute()
    {
        var currentDirectory = Path.GetFullPath(environment.CurrentDirectory);
        var (found, missing) = FileCollector.Collect(options.Paths, currentDirectory);
        foreach (var problem in missing)
        {
            RunProblem(problem);
        }

        // Read every file; the core sees each by its display path.
        var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var syntaxes = new List<CaseFileSyntax>();
        foreach (var (display, full) in found
            .Select(f => (Display: DisplayPaths.For(f, currentDirectory), Full: f))
            .OrderBy(f => f.Display, StringComparer.Ordinal))
        {
            var (text, problem) = CaseFileReader.Read(full, CheckCommand.MaxFileBytes);
            if (text is null)
            {
                RunProblem($"{display}: {problem}");
                continue;
            }

            fullPaths[display] = full;
            syntaxes.Add(CaseFileParser.Parse(display, text));
        }

        var resolver = SettingsResolver.ForFileSystem(currentDirectory);
        var resolved = fullPaths.ToDictionary(p => p.Key, p => resolver.Resolve(p.Value), StringComparer.Ordinal);
        foreach (var (configPath, config) in resolver.LoadedFiles().Where(c => c.Config.HasProblems))
        {
            var shown = DisplayPaths.For(configPath, currentDirectory);
            foreach (var problem in config.Problems)
            {
                RunProblem(problem.Line is { } line ? $"{shown}:{line}:{problem.Column ?? 1}: {problem.Message}" : $"{shown}: {problem.Message}");
            }
        }

        var analysis = Analyzer.Analyze(syntaxes, path => resolved.TryGetValue(path, out var r) ? r.Settings : RuleSettings.Default);
        var files = analysis.Files
            .Select(f => new ReportFile(f.Path, f, LanguageOf(f, resolved.GetValueOrDefault(f.Path)?.Settings)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var report = new Report(files, ReportLanguage(files), new HelpLinks(environment.RuleDocsDirectory));

        IReportWriter writer = options.Format switch
        {
            ReportFormat.Json => new JsonReportWriter(),
            ReportFormat.Sarif => new SarifWriter(currentDirectory),
            _ => new TextReportWriter(options.GroupByEntity),
        };

        if (options.OutputPath is { } output)
        {
            WriteToFile(Path.GetFullPath(output, currentDirectory), report, writer);
        }
        else
        {
            writer.Write(report, environment.Stdout);
        }

        if (options.Format != ReportFormat.Text || options.OutputPath is not null)
        {
            stderr.WriteLine(SummaryText.Format(report.Summary, report.Language));
        }

        environment.Stdout.Flush();
        return runProblems ? ExitCodes.UsageOrInput
            : report.Summary.Errors > 0 ? ExitCodes.Errors
            : ExitCodes.Success;
    }

    /// <summary>--language, else the case's own <c>language:</c> key, else casefile.json, else English.</summary>
    private Language LanguageOf(FileAnalysis file, RuleSettings? settings) =>
        options.Language ?? file.Model.Case?.Language ?? settings?.Language ?? Language.En;

    /// <summary>Rule titles and the summary: --language, else the one language every file uses, else English.</summary>
    private Language ReportLanguage(IReadOnlyList<ReportFile> files)
    {
        if (options.Language is { } chosen)
        {
            return chosen;
        }

        var languages = files.Select(f => f.Language).Distinct().ToList();
        return languages.Count == 1 ? languages[0] : Language.En;
    }

    private void WriteToFile(string path, Report report, IReportWriter writer)
    {
        try
        {
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(report, file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            RunProblem($"cannot write {path}: {exception.Message}");
        }
    }

    private void RunProblem(string message)
    {
        runProblems = true;
        stderr.WriteLine($"casefile: {message}");
    }
}
