using System.Diagnostics;
using System.Text;

namespace Casefile.Cli.Tests;

/// <summary>The real executable, as a shell runs it.</summary>
public sealed class ProcessTests
{
    private static string CasefileDll()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "casefile.dll");
        if (File.Exists(local) && File.Exists(Path.Combine(AppContext.BaseDirectory, "casefile.runtimeconfig.json")))
        {
            return local;
        }

        // Fall back to the CLI's own build output, same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Casefile.Cli", "bin", configuration, "net10.0", "casefile.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("casefile.dll was not built.");
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CasefileDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("casefile did not finish.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void The_executable_reports_and_returns_the_documented_exit_codes()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write(Path.Combine("ok", "a.case.md"), Samples.Clean);
        folder.Write(Path.Combine("bad", "b.case.md"), Samples.WrongStage);

        var ok = Run(folder.Path, "check", "ok");
        var bad = Run(folder.Path, "check", "bad", "--language", "ru");
        var missing = Run(folder.Path, "check", "nowhere");
        var usage = Run(folder.Path, "check");
        var version = Run(folder.Path, "--version");

        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("1 file, 0 errors, 0 warnings", ok.Stdout.Trim());
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("bad/b.case.md:4:10: error CF0003 ", bad.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 файл, 1 ошибка, 0 предупреждений", bad.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("path not found: nowhere", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout.Trim());
    }
}
