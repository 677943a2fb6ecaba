using System.Text.Json;
using Casefile.Localization;

namespace Casefile.Cli.Tests;

public sealed class OptionTests
{
    [Fact]
    public void Output_writes_the_report_to_a_file_creating_folders()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", "a.case.md", "--format", "json", "--output", Path.Combine("reports", "deep", "r.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("1 file, 1 error", result.Stderr, StringComparison.Ordinal);
        var written = File.ReadAllBytes(Path.Combine(folder.Path, "reports", "deep", "r.json"));
        Assert.NotEqual(0xEF, written[0]);
        using var document = JsonDocument.Parse(written);
        Assert.Equal("a.case.md", document.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Output_of_text_keeps_the_summary_in_the_file_and_repeats_it_on_stderr()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", "a.case.md", "-o", "report.txt");

        var lines = File.ReadAllLines(Path.Combine(folder.Path, "report.txt"));
        Assert.Contains(lines, l => l.StartsWith("a.case.md:4:10: error CF0003", StringComparison.Ordinal));
        Assert.Equal("1 file, 1 error, 0 warnings", lines[^1]);
        Assert.Equal("1 file, 1 error, 0 warnings", result.Stderr.Trim());
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void An_output_that_cannot_be_written_exits_2()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.Clean);
        folder.Write("taken", "a file, not a folder");

        var result = Cli.Run(folder.Path, "check", "a.case.md", "--output", Path.Combine("taken", "r.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", Language.Ru)]
    [InlineData("kk", Language.Kk)]
    [InlineData("en", Language.En)]
    public void Language_switches_the_messages(string option, Language language)
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", "a.case.md", "--language", option);

        var message = Expected.Message(Samples.WrongStage, "CF0003", language);
        Assert.Contains($"a.case.md:4:10: error CF0003 {message}", result.StdoutLines);
    }

    [Fact]
    public void The_summary_follows_the_language()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);
        folder.Write("b.case.md", Samples.AsCase(Samples.WrongStage, 2));

        Assert.Equal("2 файла, 2 ошибки, 0 предупреждений", Cli.Run(folder.Path, "check", ".", "-l", "ru").StdoutLines[^1]);
        Assert.Equal("2 файл, 2 қате, 0 ескерту", Cli.Run(folder.Path, "check", ".", "-l", "kk").StdoutLines[^1]);
    }

    [Fact]
    public void Language_precedence_option_then_case_key_then_casefile_json_then_english()
    {
        using var folder = new TempFolder();
        folder.WriteConfig(members: "\"language\": \"ru\"");
        folder.Write(Path.Combine("json", "a.case.md"), Samples.WrongStage);
        folder.Write(Path.Combine("json", "keyed.case.md"), Samples.AsCase(Samples.WithCaseKey(Samples.WrongStage, "- language: kk"), 2));
        using var bare = new TempFolder();
        bare.WriteConfig();
        bare.Write("plain.case.md", Samples.WrongStage);

        var defaults = Cli.Run(folder.Path, "check", ".");
        var forced = Cli.Run(folder.Path, "check", ".", "--language", "en");
        var english = Cli.Run(bare.Path, "check", ".");

        string Line(string path, Language language) =>
            $"{path}:4:10: error CF0003 {Expected.Message(Samples.WrongStage, "CF0003", language)}";
        string KeyedLine(Language language) =>
            $"json/keyed.case.md:5:10: error CF0003 {Expected.Message(Samples.WithCaseKey(Samples.WrongStage, "- language: kk"), "CF0003", language)}";

        Assert.Contains(Line("json/a.case.md", Language.Ru), defaults.StdoutLines);
        Assert.Contains(KeyedLine(Language.Kk), defaults.StdoutLines);
        Assert.Contains(Line("json/a.case.md", Language.En), forced.StdoutLines);
        Assert.Contains(KeyedLine(Language.En), forced.StdoutLines);
        Assert.Contains(Line("plain.case.md", Language.En), english.StdoutLines);
    }

    [Fact]
    public void Casefile_json_changes_a_severity()
    {
        using var folder = new TempFolder();
        folder.WriteConfig(members: "\"CF0002\": \"error\"");
        folder.Write("a.case.md", Samples.UnknownKeyOnEvidence);

        var result = Cli.Run(folder.Path, "check", ".");

        Assert.Contains(result.StdoutLines, l => l.StartsWith("a.case.md:13:3: error CF0002 ", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Casefile_json_turns_a_code_off_in_its_folder_only()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.WriteConfig("quiet", "\"CF0003\": \"off\"");
        folder.Write(Path.Combine("quiet", "a.case.md"), Samples.WrongStage);
        folder.Write(Path.Combine("loud", "b.case.md"), Samples.WrongStage);

        var quiet = Cli.Run(folder.Path, "check", "quiet");
        var both = Cli.Run(folder.Path, "check", ".");

        Assert.DoesNotContain(quiet.StdoutLines, l => l.Contains("CF0003", StringComparison.Ordinal));
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal(["loud/b.case.md"], both.StdoutLines.Where(l => l.Contains("CF0003", StringComparison.Ordinal)).Select(l => l.Split(':')[0]));
    }

    [Fact]
    public void A_bad_casefile_json_prints_its_problems_and_exits_2()
    {
        using var folder = new TempFolder();
        folder.WriteConfig(members: "\"CF0003\": \"loud\"");
        folder.Write("a.case.md", Samples.Clean);

        var result = Cli.Run(folder.Path, "check", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("casefile.json:3:13: Unknown level 'loud' for CF0003", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("1 file, 0 errors, 0 warnings", result.StdoutLines[^1]);
    }

    [Fact]
    public void Group_by_entity_puts_file_level_diagnostics_first_then_a_header_per_entity()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        var text = Samples.WithCaseKey(Samples.UnknownKeyOnEvidence, "- stage: trail")
            .Replace("- role: suspect", "- role: suspect\n- hair: brown", StringComparison.Ordinal);
        folder.Write("a.case.md", text);

        var result = Cli.Run(folder.Path, "check", "a.case.md", "--group-by", "entity");

        var lines = result.StdoutLines;
        Assert.StartsWith("a.case.md:4:10: error CF0003 ", lines[0], StringComparison.Ordinal);
        var person = Array.IndexOf(lines, "P-1 Bekov");
        var evidence = Array.IndexOf(lines, "E-1 Interrogation");
        Assert.True(person > 0 && evidence > person, string.Join('\n', lines));
        Assert.StartsWith("  a.case.md:8:3: warning CF0002 ", lines[person + 1], StringComparison.Ordinal);
        Assert.StartsWith("  a.case.md:15:3: warning CF0002 ", lines[evidence + 1], StringComparison.Ordinal);
        Assert.Equal("1 file, 1 error, 2 warnings", lines[^1]);
    }

    [Fact]
    public void Help_documents_the_limit_the_language_precedence_and_the_exit_codes()
    {
        var result = Cli.Run(Path.GetTempPath(), "check", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("64 MiB", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--language if given", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--group-by", result.Stdout, StringComparison.Ordinal);
    }
}
