using Casefile.Syntax;

namespace Casefile.Completion;

/// <summary>What a candidate is, so that an editor can show the matching icon.</summary>
public enum CandidateKind
{
    /// <summary>A key of the entity or the case.</summary>
    Key,

    /// <summary>An enumerated value, or a word such as <c>none</c>.</summary>
    Value,

    /// <summary>The ID of an entity of the case.</summary>
    Reference,

    /// <summary>A date, date-time or period template with placeholders.</summary>
    Template,

    /// <summary>A new entity: heading and key skeleton.</summary>
    Entity,
}

/// <summary>
/// One thing to offer at a position: the text that replaces <see cref="Replace"/> (the partly typed
/// word and the rest of it after the cursor), how to filter and sort it, and what it means.
/// </summary>
public sealed record CompletionCandidate(string Label, CandidateKind Kind, string InsertText, TextSpan Replace)
{
    /// <summary><see cref="InsertText"/> is a snippet with tab stops (<c>$1</c>, <c>${2:…}</c>, <c>${3|a,b|}</c>).</summary>
    public bool IsSnippet { get; init; }

    /// <summary>Every spelling the typed text may match: the label first, then aliases.</summary>
    public required string FilterText { get; init; }

    public required string SortText { get; init; }

    /// <summary>One line shown next to the label: a value's shape, an entity's title.</summary>
    public string? Detail { get; init; }

    /// <summary>Shown right of the label, less prominently (an entity's role, another spelling).</summary>
    public string? Description { get; init; }

    /// <summary>Markdown: meaning, allowed values, spellings; an entity's heading and attributes.</summary>
    public string? Documentation { get; init; }

    /// <summary>After this is inserted the value can be completed at once (a key followed by ": ").</summary>
    public bool OffersMoreAfter { get; init; }

    public bool Preselect { get; init; }

    public override string ToString() => $"{Label} → {InsertText}";
}

/// <summary>The candidates at an offset; <see cref="Position"/> is null where nothing is offered.</summary>
public sealed record CompletionResult(CompletionPosition? Position, IReadOnlyList<CompletionCandidate> Candidates)
{
    public static CompletionResult Empty { get; } = new(null, []);
}
