using System.CommandLine;
using System.CommandLine.Invocation;

namespace Casefile.Cli;

/// <summary>The standard help, followed by a command's notes (limits, settings, exit codes) when it has any.</summary>
internal sealed class HelpWithNotes(CommandLineAction standard, IReadOnlyDictionary<Command, string> notes) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = standard is SynchronousCommandLineAction synchronous ? synchronous.Invoke(parseResult) : 0;
        if (notes.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(text);
            output.WriteLine();
        }

        return code;
    }
}
