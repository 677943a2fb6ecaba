using System.Text.Json.Serialization;

namespace Casefile.LanguageServer.Protocol;

public sealed record Diagnostic
{
    public required Range Range { get; init; }

    public int? Severity { get; init; }

    public string? Code { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    public string? Source { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    /// <summary>Kept by the client and sent back in code action requests.</summary>
    public object? Data { get; init; }
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public static class DiagnosticTags
{
    public const int Unnecessary = 1;
    public const int Deprecated = 2;
}

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int? Version { get; init; }
}

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument)
{
    public string? Identifier { get; init; }

    public string? PreviousResultId { get; init; }
}

/// <summary>A full report, or an unchanged one (kind "unchanged", no items) when the client's result ID is still current.</summary>
public sealed record DocumentDiagnosticReport(string Kind, string? ResultId, IReadOnlyList<Diagnostic>? Items)
{
    public const string FullKind = "full";
    public const string UnchangedKind = "unchanged";
}

public sealed record WorkspaceDiagnosticParams
{
    public string? Identifier { get; init; }

    public IReadOnlyList<PreviousResultId> PreviousResultIds { get; init; } = [];
}

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticReport(IReadOnlyList<WorkspaceDocumentDiagnosticReport> Items);

public sealed record WorkspaceDocumentDiagnosticReport(string Kind, string? ResultId, IReadOnlyList<Diagnostic>? Items, string Uri, int? Version)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; init; } = Version;
}

/// <summary>The data of a ServerCancelled answer to a diagnostic request: whether the client should pull again.</summary>
public sealed record DiagnosticServerCancellationData(bool RetriggerRequest);
