namespace Casefile.Cli.Tests;

public sealed class InputTests
{
    [Fact]
    public void Folders_are_searched_recursively_for_case_files_skipping_build_folders()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write(Path.Combine("one", "two", "three", "deep.case.md"), Samples.WrongStage);
        folder.Write(Path.Combine("one", ".hidden", "dot.case.md"), Samples.WrongStage);
        folder.Write(Path.Combine("one", "notes.md"), "# not a case file");
        foreach (var skipped in new[] { "bin", "obj", "node_modules", ".git" })
        {
            folder.Write(Path.Combine("one", skipped, "skipped.case.md"), Samples.WrongStage);
        }

        var result = Cli.Run(folder.Path, "check", "one");

        var paths = result.StdoutLines.Where(l => l.Contains(" CF0003 ", StringComparison.Ordinal)).Select(l => l.Split(':')[0]).ToList();
        Assert.Equal(["one/.hidden/dot.case.md", "one/two/three/deep.case.md"], paths);
        Assert.StartsWith("2 files, ", result.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_explicitly_is_checked_whatever_its_name_and_only_once()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("notes.md", Samples.AsCase(Samples.WrongStage, 2));
        folder.Write("a.case.md", Samples.Clean);

        var result = Cli.Run(folder.Path, "check", "notes.md", "a.case.md", ".", "./a.case.md");

        Assert.Single(result.StdoutLines, l => l.StartsWith("notes.md:4:10: error CF0003", StringComparison.Ordinal));
        Assert.Equal("2 files, 1 error, 0 warnings", result.StdoutLines[^1]);
    }

    [Fact]
    public void Invalid_utf8_is_reported_as_CF0013_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(Samples.Clean).ToList();
        bytes.InsertRange(2, new byte[] { 0xC3, 0x28, 0xFF });
        folder.WriteBytes("bad.case.md", [.. bytes]);

        var result = Cli.Run(folder.Path, "check", "bad.case.md");

        Assert.Contains(result.StdoutLines, l => l.StartsWith("bad.case.md:1:3: error CF0013 ", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void A_utf8_bom_is_dropped()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.WriteBytes("bom.case.md", [0xEF, 0xBB, 0xBF, .. new System.Text.UTF8Encoding(false).GetBytes(Samples.WrongStage)]);

        var result = Cli.Run(folder.Path, "check", "bom.case.md");

        Assert.Contains(result.StdoutLines, l => l.StartsWith("bom.case.md:4:10: error CF0003 ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.StdoutLines, l => l.Contains("CF0013", StringComparison.Ordinal));
    }

    [Fact]
    public void A_binary_file_is_reported_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[10] = 0;
        folder.WriteBytes("image.case.md", bytes);

        var result = Cli.Run(folder.Path, "check", "image.case.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith("image.case.md:", StringComparison.Ordinal) && l.Contains(" error CF0013 ", StringComparison.Ordinal));
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_has_no_case()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("empty.case.md", string.Empty);

        var result = Cli.Run(folder.Path, "check", "empty.case.md");

        Assert.Contains(result.StdoutLines, l => l.StartsWith("empty.case.md:1:1: error CF0001 ", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_file_over_64_MiB_is_skipped_with_exit_code_2()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        var huge = Path.Combine(folder.Path, "huge.case.md");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(CheckCommand.MaxFileBytes + 1);
        }

        folder.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("huge.case.md: file too large", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("64 MiB", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(result.StdoutLines, l => l.StartsWith("a.case.md:4:10: error CF0003", StringComparison.Ordinal));
        Assert.Equal("1 file, 1 error, 0 warnings", result.StdoutLines[^1]);
    }
}
