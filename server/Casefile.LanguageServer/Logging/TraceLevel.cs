namespace Casefile.LanguageServer.Logging;

/// <summary>LSP's trace values: how much the client wants to hear, set by initialize and $/setTrace.</summary>
public enum TraceLevel
{
    Off,
    Messages,
    Verbose,
}

public static class TraceLevels
{
    public static TraceLevel Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "messages" => TraceLevel.Messages,
        "verbose" => TraceLevel.Verbose,
        _ => TraceLevel.Off,
    };
}
