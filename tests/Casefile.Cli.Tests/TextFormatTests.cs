using Casefile.Localization;

namespace Casefile.Cli.Tests;

public sealed class TextFormatTests
{
    [Fact]
    public void A_clean_file_prints_only_the_summary_and_exits_0()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.Clean);

        var result = Cli.Run(folder.Path, "check", "a.case.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 file, 0 errors, 0 warnings"], result.StdoutLines);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Each_diagnostic_is_one_line_path_line_col_severity_code_message()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write(Path.Combine("cases", "a.case.md"), Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", "cases");

        var message = Expected.Message(Samples.WrongStage, "CF0003", Language.En);
        Assert.Contains($"cases/a.case.md:4:10: error CF0003 {message}", result.StdoutLines);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Paragraph_rules_end_with_their_paragraph_and_format_rules_do_not()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", ".");

        var formatLine = Assert.Single(result.StdoutLines, l => l.Contains(" CF0003 ", StringComparison.Ordinal));
        Assert.DoesNotContain("[para", formatLine, StringComparison.Ordinal);
        Assert.All(
            result.StdoutLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @" CF(0[2-9]|[12]\d)\d\d ")),
            l => Assert.Matches(@" \[para \d+(-\d)?\]$", l));
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.UnknownKeyOnEvidence);

        var result = Cli.Run(folder.Path, "check", "a.case.md");

        var message = Expected.Message(Samples.UnknownKeyOnEvidence, "CF0002", Language.En);
        Assert.Contains($"a.case.md:13:3: warning CF0002 {message}", result.StdoutLines);
        Assert.Equal("1 file, 0 errors, 1 warning", result.StdoutLines[^1]);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Suppressed_diagnostics_are_not_printed()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        var text = Samples.UnknownKeyOnEvidence.Replace("- bogus: 1", "<!-- casefile-ignore CF0002: kept for the archive -->\n- bogus: 1", StringComparison.Ordinal);
        folder.Write("a.case.md", text);

        var result = Cli.Run(folder.Path, "check", "a.case.md");

        Assert.DoesNotContain(result.StdoutLines, l => l.Contains("CF0002", StringComparison.Ordinal));
        Assert.Equal("1 file, 0 errors, 0 warnings, 1 suppressed", result.StdoutLines[^1]);
    }

    [Fact]
    public void Files_are_sorted_by_path()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write(Path.Combine("b", "z.case.md"), Samples.WrongStage);
        folder.Write("c.case.md", Samples.WrongStage);
        folder.Write(Path.Combine("a", "y.case.md"), Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", "c.case.md", "b", ".");

        var paths = result.StdoutLines
            .Where(l => l.Contains(" CF0003 ", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
            .ToList();
        Assert.Equal(["a/y.case.md", "b/z.case.md", "c.case.md"], paths);
        Assert.StartsWith("3 files, ", result.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Files_outside_the_current_directory_are_shown_with_their_full_path()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        using var elsewhere = new TempFolder();
        var file = elsewhere.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", file);

        Assert.Contains(result.StdoutLines, l => l.StartsWith(file + ":4:10: error CF0003 ", StringComparison.Ordinal));
    }
}
