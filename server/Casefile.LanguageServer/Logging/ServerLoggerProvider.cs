using Microsoft.Extensions.Logging;

namespace Casefile.LanguageServer.Logging;

/// <summary>
/// Logs to standard error (never standard output: it carries the protocol) and, at the client's
/// trace level, to <c>window/logMessage</c>: off sends warnings and errors, messages adds
/// information, verbose adds debug. Document text is only ever logged at verbose (see
/// <see cref="ServerLog.DocumentText"/>).
/// </summary>
public sealed class ServerLoggerProvider : ILoggerProvider
{
    private readonly TextWriter stderr;
    private readonly object gate = new();

    public ServerLoggerProvider(TextWriter stderr)
    {
        this.stderr = stderr;
    }

    public TraceLevel Trace { get; set; } = TraceLevel.Off;

    /// <summary>Set once the connection exists: sends (message type, text) to the client.</summary>
    public Action<int, string>? ToClient { get; set; }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private bool SendsToClient(LogLevel level) => level switch
    {
        >= LogLevel.Warning => true,
        LogLevel.Information => Trace >= TraceLevel.Messages,
        _ => Trace >= TraceLevel.Verbose,
    };

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var line = $"[{DateTime.UtcNow:HH:mm:ss.fff} {Short(level)} {category}] {message}{(exception is null ? string.Empty : " " + exception)}";
        if (level >= LogLevel.Information || Trace == TraceLevel.Verbose)
        {
            lock (gate)
            {
                stderr.WriteLine(line);
                stderr.Flush();
            }
        }

        if (SendsToClient(level) && ToClient is { } send)
        {
            var type = level switch
            {
                >= LogLevel.Error => Protocol.MessageType.Error,
                LogLevel.Warning => Protocol.MessageType.Warning,
                LogLevel.Information => Protocol.MessageType.Info,
                _ => Protocol.MessageType.Log,
            };
            send(type, line);
        }
    }

    private static string Short(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class Logger(ServerLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && (logLevel >= LogLevel.Information || provider.Trace >= TraceLevel.Verbose || logLevel >= LogLevel.Debug);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
