using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// Turns StreamJsonRpc's own trace events about messages it could not dispatch (a notification
/// whose parameters do not fit its method, an unknown method) into log lines, so that what a
/// client sends wrongly is never dropped without a word. Only these events are listened to:
/// StreamJsonRpc's message traces carry whole messages, document text included.
/// </summary>
internal sealed class RpcTraceLog(ILogger logger) : TraceListener
{
    public static void Attach(JsonRpc rpc, ILogger logger)
    {
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new RpcTraceLog(logger));
        rpc.TraceSource.Switch.Level = SourceLevels.Warning;
    }

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args) =>
        Log(id, args is { Length: > 0 } && format is not null ? SafeFormat(format, args) : format);

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message) =>
        Log(id, message);

    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, object? data)
    {
    }

    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, params object?[]? data)
    {
    }

    public override void Write(string? message)
    {
    }

    public override void WriteLine(string? message)
    {
    }

    private void Log(int id, string? message)
    {
        switch ((JsonRpc.TraceEvents)id)
        {
            case JsonRpc.TraceEvents.RequestWithoutMatchingTarget:
                // An unknown notification is ignored silently (LSP); one whose parameters do not fit is a client bug.
                if (message is not null && message.Contains("arguments do not match", StringComparison.OrdinalIgnoreCase))
                {
                    logger.LogWarning("Ignored a message whose parameters do not fit its method: {Message}", FirstLine(message));
                }
                else
                {
                    logger.LogDebug("No handler: {Message}", FirstLine(message));
                }

                break;
            case JsonRpc.TraceEvents.MethodArgumentDeserializationFailure:
                logger.LogDebug("Parameters could not be read: {Message}", FirstLine(message));
                break;
        }
    }

    private static string SafeFormat(string format, object?[] args)
    {
        try
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
        }
        catch (FormatException)
        {
            return format;
        }
    }

    private static string FirstLine(string? message) =>
        message is null ? string.Empty : message.Split('\n', 2)[0].TrimEnd('\r');
}
