using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Casefile.Cli;

/// <summary>
/// The whole command line, callable in-process: parses the arguments, runs the command and maps
/// every outcome to an exit code (<see cref="ExitCodes"/>). Never lets an exception out.
/// </summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory) =>
        Run(args, new CliEnvironment(stdout, stderr, currentDirectory));

    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var root = CreateRootCommand(environment);
            var parseResult = root.Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                foreach (var error in parseResult.Errors)
                {
                    environment.Stderr.WriteLine($"casefile: {error.Message}");
                }

                var command = parseResult.CommandResult.Command;
                var name = command is RootCommand ? "casefile" : $"casefile {command.Name}";
                environment.Stderr.WriteLine($"Run '{name} --help' for usage.");
                return ExitCodes.UsageOrInput;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = environment.Stdout,
                Error = environment.Stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception exception)
        {
            var message = exception.Message.ReplaceLineEndings(" ");
            environment.Stderr.WriteLine($"casefile: internal error: {exception.GetType().Name}: {message}, please report");
            return ExitCodes.InternalError;
        }
    }

    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand(
            "Casefile: checks criminal case files (*.case.md) against the rules of evidence of the " +
            "Supreme Court of Kazakhstan's normative resolution No. 4 of 20 April 2006.");
        var check = CheckCommand.Create(environment);
        root.Subcommands.Add(check);
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: { } standard } help)
        {
            help.Action = new HelpWithNotes(standard, new Dictionary<Command, string> { [check] = CheckCommand.Notes });
        }

        return root;
    }
}
