using System.CommandLine;
using Casefile.Localization;

namespace Casefile.Cli;

/// <summary><c>casefile check PATH... [--format text|json|sarif] [--output FILE] [--language kk|ru|en] [--group-by entity]</c>.</summary>
public static class CheckCommand
{
    /// <summary>Files larger than this are skipped with an error (exit code 2).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public const string Description = "Check case files (*.case.md) and folders of them; print their diagnostics.";

    /// <summary>Printed after the options by <c>casefile check --help</c>.</summary>
    public const string Notes =
        "Files:\n" +
        "  PATH is a file or a folder; folders are searched recursively for *.case.md (bin, obj,\n" +
        "  node_modules and .git are skipped). Files are read as UTF-8; bytes that are not UTF-8\n" +
        "  are reported (CF0013), never fatal. Files over 64 MiB are skipped with an error (exit 2).\n" +
        "\n" +
        "Settings:\n" +
        "  The nearest casefile.json in the file's folder or a parent folder (up to the current\n" +
        "  directory for files under it) sets \"language\" and per-code levels, e.g.\n" +
        "  { \"language\": \"kk\", \"rules\": { \"CF1504\": \"warning\", \"CF0401\": \"off\" } }.\n" +
        "\n" +
        "Message language, per file:\n" +
        "  --language if given; otherwise the case's own 'language:' key; otherwise casefile.json's\n" +
        "  \"language\"; otherwise English.\n" +
        "\n" +
        "Output:\n" +
        "  The report goes to stdout, or to --output FILE. With --format json or sarif, or with\n" +
        "  --output, the one-line summary also goes to stderr. Problems of the run always go to stderr.\n" +
        "\n" +
        "Exit codes:\n" +
        "  0  no errors (warnings allowed)\n" +
        "  1  at least one unsuppressed error\n" +
        "  2  usage error, missing path, unreadable or too large file, bad casefile.json,\n" +
        "     unwritable --output (the other files are still checked)\n" +
        "  3  internal error";

    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Case files (*.case.md) or folders to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            // System.CommandLine takes an unknown option for a PATH; it is a mistyped option unless
            // a file or folder of that name exists (then it can also be given as ./-name).
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !Exists(token.Value, environment.CurrentDirectory))
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });

        var format = new Option<string>("--format", "-f")
        {
            Description = "The report's format.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");

        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to FILE (folders are created) instead of stdout.",
            HelpName = "FILE",
        };

        var language = new Option<string?>("--language", "-l")
        {
            Description = "The language of messages; wins over the case's 'language:' key and casefile.json.",
            HelpName = "kk|ru|en",
        };
        language.AcceptOnlyFromAmong("kk", "ru", "en");

        var groupBy = new Option<string?>("--group-by")
        {
            Description = "Text format: group diagnostics under a line per entity (file-level ones first).",
            HelpName = "entity",
        };
        groupBy.AcceptOnlyFromAmong("entity");

        var command = new Command("check", Description)
        {
            paths,
            format,
            output,
            language,
            groupBy,
        };

        command.SetAction(parseResult =>
        {
            var options = new CheckOptions(
                parseResult.GetValue(paths) ?? [],
                Enum.Parse<ReportFormat>(parseResult.GetValue(format) ?? "text", ignoreCase: true),
                parseResult.GetValue(output),
                Languages.TryParse(parseResult.GetValue(language)),
                parseResult.GetValue(groupBy) == "entity");
            return new CheckRun(options, environment).Execute();
        });

        return command;
    }

    private static bool Exists(string path, string currentDirectory)
    {
        try
        {
            var full = Path.GetFullPath(path, currentDirectory);
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
