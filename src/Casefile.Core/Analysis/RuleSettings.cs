using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Analysis;

/// <summary>
/// Per-code severities ("CF1504": "warning" or "off") and a language, from casefile.json or the
/// editor's settings. Applied by the engine, never by the rules.
/// </summary>
public sealed record RuleSettings(IReadOnlyDictionary<string, RuleLevel> Levels, Language? Language = null)
{
    public static readonly RuleSettings Default = new(new Dictionary<string, RuleLevel>());

    public RuleLevel? LevelOf(string code) => Levels.TryGetValue(code, out var level) ? level : null;

    /// <summary>These settings with <paramref name="over"/>'s entries taking precedence.</summary>
    public RuleSettings OverriddenBy(RuleSettings over)
    {
        var merged = new Dictionary<string, RuleLevel>(Levels, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, level) in over.Levels)
        {
            merged[code] = level;
        }

        return new RuleSettings(merged, over.Language ?? Language);
    }
}

/// <summary>A configured level: a severity, or off.</summary>
public readonly record struct RuleLevel(Severity? Severity)
{
    public static readonly RuleLevel Off = new(null);

    public bool IsOff => Severity is null;

    /// <summary>"error", "warning", "information", "hint" or "off".</summary>
    public static RuleLevel? Parse(string? text) =>
        string.Equals(text?.Trim(), "off", StringComparison.OrdinalIgnoreCase) || string.Equals(text?.Trim(), "none", StringComparison.OrdinalIgnoreCase)
            ? Off
            : Severities.Parse(text) is { } severity ? new RuleLevel(severity) : null;
}
