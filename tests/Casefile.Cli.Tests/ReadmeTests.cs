namespace Casefile.Cli.Tests;

/// <summary>The README's example case file gives exactly the output the README shows.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void The_readme_example_prints_what_the_readme_says()
    {
        var readme = File.ReadAllText(Path.Combine(FindRoot(), "README.md")).ReplaceLineEndings("\n");
        var caseFile = Block(readme, "```markdown\n");
        var expected = Block(readme, "```text\ninterrogation.case.md");
        using var folder = new TempFolder();
        folder.Write("interrogation.case.md", caseFile);
        var stdout = new StringWriter();
        var exit = CliApplication.Run(["check", "interrogation.case.md"], stdout, new StringWriter(), folder.Path);
        Assert.Equal(1, exit);
        Assert.Equal(expected, stdout.ToString().ReplaceLineEndings("\n"));
    }

    private static string Block(string text, string opening)
    {
        var start = text.IndexOf(opening, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no block starting {opening}");
        start = text.IndexOf('\n', start) + 1;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        return text[start..end];
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Casefile.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Casefile.sln above the test folder.");
    }
}
