namespace Casefile.Diagnostics;

/// <summary>How serious a diagnostic is; the values match LSP's DiagnosticSeverity order.</summary>
public enum Severity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public static class Severities
{
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "information",
        _ => "hint",
    };

    /// <summary>"error", "warning", "information" (or "info"), "hint"; null for "off" and anything else.</summary>
    public static Severity? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" or "warn" => Severity.Warning,
        "information" or "info" => Severity.Information,
        "hint" => Severity.Hint,
        _ => null,
    };
}
