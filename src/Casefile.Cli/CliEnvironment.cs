namespace Casefile.Cli;

/// <summary>
/// What a run of the CLI talks to: its output streams, the current directory (relative paths are
/// resolved and printed against it; it bounds the search for casefile.json) and the folder of the
/// rule pages that reports link to.
/// </summary>
public sealed record CliEnvironment(TextWriter Stdout, TextWriter Stderr, string CurrentDirectory)
{
    /// <summary>The copies of docs/rules/*.md next to the executable.</summary>
    public string RuleDocsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "docs", "rules");
}
