namespace Casefile.Cli.Tests;

/// <summary>Runs the CLI in-process and keeps what it printed.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}

public static class Cli
{
    public static CliResult Run(string currentDirectory, params string[] args) =>
        Run(new CliEnvironment(new StringWriter(), new StringWriter(), currentDirectory), args);

    public static CliResult Run(CliEnvironment environment, params string[] args)
    {
        var exitCode = CliApplication.Run(args, environment);
        return new CliResult(exitCode, environment.Stdout.ToString()!, environment.Stderr.ToString()!);
    }
}
