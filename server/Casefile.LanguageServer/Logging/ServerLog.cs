using Microsoft.Extensions.Logging;

namespace Casefile.LanguageServer.Logging;

/// <summary>Log helpers that keep case data (personal data of suspects and victims) out of logs unless tracing is verbose.</summary>
public static class ServerLog
{
    /// <summary>The document's text at verbose trace only; otherwise its length.</summary>
    public static string DocumentText(ServerLoggerProvider provider, string text) =>
        provider.Trace == TraceLevel.Verbose ? text : $"<{text.Length} characters>";

    public static void Slow(this ILogger logger, string what, TimeSpan elapsed)
    {
        // rust-analyzer's rule: a turn of the loop that takes long is a bug worth a line.
        if (elapsed > TimeSpan.FromMilliseconds(500))
        {
            logger.LogWarning("{What} took {Milliseconds} ms", what, (int)elapsed.TotalMilliseconds);
        }
    }
}
