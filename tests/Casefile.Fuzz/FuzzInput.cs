using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Fuzz;

/// <summary>One file of an input: its path (files in one folder with one case number are one case) and its text.</summary>
public sealed record FuzzFile(string Path, string Text);

/// <summary>
/// One fuzz input: one file, or two or three files of one folder analysed together; the seed of
/// the positions the per-position entry points are asked at; the settings analysis runs with.
/// The same input always gives the same checks.
/// </summary>
public sealed record FuzzInput(IReadOnlyList<FuzzFile> Files, int PositionSeed, FuzzSettings Settings)
{
    public string Origin { get; init; } = "unknown";

    /// <summary>The text of a casefile.json beside the files, whose settings then replace <see cref="Settings"/>; null for none.</summary>
    public string? Config { get; init; }

    public int Length => Files.Sum(f => f.Text.Length) + (Config?.Length ?? 0);

    public FuzzInput WithFiles(IReadOnlyList<FuzzFile> files) => this with { Files = files };

    public static FuzzInput Single(string text, string origin = "file") =>
        new([new FuzzFile("/fuzz/case/input.case.md", text)], 1, FuzzSettings.Default) { Origin = origin };
}

/// <summary>Per-code levels and a language, as casefile.json gives them; rule levels change admissibility and so what later rules see.</summary>
public sealed record FuzzSettings(IReadOnlyList<(string Code, string Level)> Levels, Language? Language)
{
    public static FuzzSettings Default { get; } = new([], null);

    public RuleSettings ToRuleSettings() => new(
        Levels.Select(l => (l.Code, Level: RuleLevel.Parse(l.Level)))
            .Where(l => l.Level is not null)
            .GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Level!.Value, StringComparer.OrdinalIgnoreCase),
        Language);

    public override string ToString() =>
        Levels.Count == 0 && Language is null ? "default" : $"{Language?.Code() ?? "auto"} {string.Join(' ', Levels.Select(l => $"{l.Code}={l.Level}"))}";
}
