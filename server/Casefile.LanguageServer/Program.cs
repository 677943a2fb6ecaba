using Casefile.LanguageServer.Transport;

namespace Casefile.LanguageServer;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--version"))
        {
            Console.WriteLine(typeof(Program).Assembly.GetName().Version);
            return 0;
        }

        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine("Casefile language server. Usage: Casefile.LanguageServer [--stdio]\nSpeaks LSP 3.17 over standard input and output; logs go to standard error.");
            return 0;
        }

        var unknown = args.Where(a => a != "--stdio").ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Casefile.LanguageServer: unknown argument '{unknown[0]}'. Usage: Casefile.LanguageServer [--stdio]").ConfigureAwait(false);
            return 2;
        }

        // Reading standard input blocks a pool thread for the whole session (console streams have
        // no true asynchronous read) and analyses take others: without spare threads, a message
        // would wait for the pool to grow (half a second at a time) before it is even dispatched.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 4), completionPorts);

        // Standard output carries the protocol: nothing else may ever write to it.
        var output = StandardStreams.OpenOutput();
        var input = Console.OpenStandardInput();
        Console.SetOut(Console.Error);
        await using var host = new LanguageServerHost(input, output, Console.Error);
        return await host.RunAsync().ConfigureAwait(false);
    }
}
