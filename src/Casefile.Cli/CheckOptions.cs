using Casefile.Localization;

namespace Casefile.Cli;

/// <summary>The arguments of <c>casefile check</c>, parsed.</summary>
public sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    ReportFormat Format,
    string? OutputPath,
    Language? Language,
    bool GroupByEntity);

public enum ReportFormat
{
    Text,
    Json,
    Sarif,
}
