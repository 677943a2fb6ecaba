using System.Diagnostics;

namespace Casefile.Performance;

/// <summary>How to start the server or the CLI: a .dll runs under <c>dotnet</c>, anything else is started directly.</summary>
internal sealed record ServerCommand(string Path, string Description)
{
    public ProcessStartInfo StartInfo(params string[] arguments)
    {
        var isDll = Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(isDll ? "dotnet" : Path) { UseShellExecute = false };
        if (isDll)
        {
            info.ArgumentList.Add(Path);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    public override string ToString() => $"{Description}: {(Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet " : string.Empty)}{Path}";
}

/// <summary>
/// Where the binaries under measurement come from. "published" (the default) is how a user runs
/// them: <c>dotnet publish</c> exactly as the README says, into the harness's git-ignored
/// artifacts/ folder, fresh at every run. "build" is the solution's Release build output; anything
/// else is a path to a .dll, an executable or a folder holding one.
/// </summary>
internal static class Builds
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string HarnessFolder => System.IO.Path.Combine(RepositoryRoot, "tests", "Casefile.Performance");

    public static string ArtifactsFolder => System.IO.Path.Combine(HarnessFolder, "artifacts");

    /// <summary>The configuration the harness was built in: "build" means the server and CLI built beside it.</summary>
    public const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static ServerCommand Server(string spec, TextWriter log) => spec switch
    {
        "published" => new ServerCommand(
            System.IO.Path.Combine(Publish("server/Casefile.LanguageServer", "server", log), "Casefile.LanguageServer.dll"),
            "published server (dotnet publish server/Casefile.LanguageServer -c Release)"),
        "build" => new ServerCommand(
            System.IO.Path.Combine(RepositoryRoot, "server", "Casefile.LanguageServer", "bin", Configuration, "net10.0", "Casefile.LanguageServer.dll"),
            $"{Configuration} build output"),
        _ => new ServerCommand(Resolve(spec, "Casefile.LanguageServer.dll"), spec),
    };

    public static ServerCommand Cli(string spec, TextWriter log) => spec switch
    {
        "published" => new ServerCommand(
            System.IO.Path.Combine(Publish("src/Casefile.Cli", "cli", log), OperatingSystem.IsWindows() ? "casefile.exe" : "casefile"),
            "published CLI (dotnet publish src/Casefile.Cli -c Release)"),
        "build" => new ServerCommand(
            System.IO.Path.Combine(RepositoryRoot, "src", "Casefile.Cli", "bin", Configuration, "net10.0", "casefile.dll"),
            $"{Configuration} build output"),
        _ => new ServerCommand(Resolve(spec, "casefile.dll"), spec),
    };

    /// <summary>dotnet publish of a project into artifacts/NAME; returns the folder.</summary>
    public static string Publish(string project, string name, TextWriter log, params string[] extraArguments)
    {
        var output = System.IO.Path.Combine(ArtifactsFolder, name);
        var arguments = new List<string> { "publish", System.IO.Path.Combine(RepositoryRoot, project), "-c", "Release", "-o", output, "--nologo", "-v", "quiet" };
        arguments.AddRange(extraArguments);
        log.WriteLine($"  dotnet {string.Join(' ', arguments.Select(a => a.Replace(RepositoryRoot + System.IO.Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)))}");
        var watch = Stopwatch.StartNew();
        var (exitCode, text) = Run("dotnet", arguments, RepositoryRoot, TimeSpan.FromMinutes(10));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed ({exitCode}):\n{text}");
        }

        log.WriteLine($"  published in {watch.Elapsed.TotalSeconds:F0} s");
        return output;
    }

    /// <summary>Runs a program to its end and returns its exit code with its standard output and error.</summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', info.ArgumentList)} did not finish within {timeout.TotalSeconds:F0} s");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Resolve(string spec, string fileName)
    {
        var path = System.IO.Path.GetFullPath(spec);
        if (Directory.Exists(path))
        {
            path = System.IO.Path.Combine(path, fileName);
        }

        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} does not exist.");
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "Casefile.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Casefile.sln not found above the harness or the current folder.");
    }
}
