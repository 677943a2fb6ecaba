namespace Casefile.Cli.Tests;

public sealed class ExitCodeTests
{
    [Fact]
    public void No_errors_exit_0()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.Clean);

        Assert.Equal(0, Cli.Run(folder.Path, "check", ".").ExitCode);
    }

    [Fact]
    public void An_unsuppressed_error_exits_1_and_a_suppressed_one_does_not()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);
        folder.Write(
            Path.Combine("quiet", "b.case.md"),
            Samples.WrongStage.Replace("- stage: trail", "<!-- casefile-ignore CF0003: typo kept as in the original -->\n- stage: trail", StringComparison.Ordinal));

        Assert.Equal(1, Cli.Run(folder.Path, "check", "a.case.md").ExitCode);
        var quiet = Cli.Run(folder.Path, "check", "quiet");
        Assert.DoesNotContain(quiet.StdoutLines, l => l.Contains("CF0003", StringComparison.Ordinal));
        Assert.Equal(0, quiet.ExitCode);
    }

    [Fact]
    public void A_missing_path_exits_2_but_the_other_paths_are_checked()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", "a.case.md", "missing.case.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("casefile: path not found: missing.case.md", result.Stderr.Trim());
        Assert.Contains(result.StdoutLines, l => l.StartsWith("a.case.md:4:10: error CF0003", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_without_a_path_is_a_usage_error()
    {
        var result = Cli.Run(Path.GetTempPath(), "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("casefile check --help", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", ".", "--format", "xml")]
    [InlineData("check", ".", "--language", "fr")]
    [InlineData("check", ".", "--group-by", "file")]
    [InlineData("check", ".", "--bogus")]
    [InlineData("lint", ".")]
    [InlineData]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        // A folder of its own: other test runs write and delete case files under the temp folder.
        using var folder = new TempFolder();
        var result = Cli.Run(folder.Path, args);

        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}: {result.Stderr}");
        Assert.StartsWith("casefile: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void A_mistyped_option_is_named_and_nothing_is_checked()
    {
        using var folder = new TempFolder();
        folder.Write("a.case.md", "# Criminal case 1\n");

        var result = Cli.Run(folder.Path, "check", ".", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["casefile: unknown option '--bogus'", "Run 'casefile check --help' for usage."], result.Stderr.Trim().Split(Environment.NewLine));
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void A_file_whose_name_begins_with_a_hyphen_is_still_checked()
    {
        using var folder = new TempFolder();
        folder.Write("-draft.case.md", "# Criminal case 1\n\n- opened: 2024-13-01\n");

        var result = Cli.Run(folder.Path, "check", "-draft.case.md");

        Assert.Contains("-draft.case.md:3:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0()
    {
        var result = Cli.Run(Path.GetTempPath(), "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("check", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_failure_exits_3_with_one_line_and_no_stack_trace()
    {
        var result = Cli.Run(new CliEnvironment(new StringWriter(), new StringWriter(), "\0bad"), "check", ".");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith("casefile: internal error: ", line, StringComparison.Ordinal);
        Assert.EndsWith("please report", line, StringComparison.Ordinal);
    }
}
