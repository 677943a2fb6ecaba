using Casefile.Diagnostics;

namespace Casefile.Fixes;

/// <summary>What a quick-fix does; rules.md "Quick-fixes" lists what is allowed.</summary>
public enum FixKind
{
    /// <summary>A misspelt key or value replaced by a known one (CF0002, CF0003).</summary>
    CorrectSpelling,

    /// <summary>The entity a reference names, created with empty keys to fill in (CF0006).</summary>
    CreateEntity,

    /// <summary>A missing key inserted empty, as a placeholder to fill in.</summary>
    InsertPlaceholder,

    /// <summary>The evidence marked <c>status: excluded</c> with an <c>exclusion-ground</c> naming the rule and paragraph.</summary>
    MarkExcluded,

    /// <summary>A motion (M-) to exclude the evidence, its grounds citing the paragraph.</summary>
    DraftExclusionMotion,

    /// <summary>A <c>casefile-ignore</c> comment whose reason the user still has to write.</summary>
    Suppress,
}

/// <summary>
/// One quick-fix for one diagnostic: a title (a <see cref="Message"/>, so that the editor shows it
/// in its own language) and text edits, possibly in other files of the case. The edits are
/// computed on first use, so that a list of fixes costs only their titles.
/// </summary>
public sealed class Fix
{
    private readonly Lazy<IReadOnlyList<FileEdit>> edits;

    internal Fix(string id, FixKind kind, Message title, Diagnostic diagnostic, Func<IEnumerable<FileEdit>> computeEdits, bool isPreferred = false)
    {
        Id = id;
        Kind = kind;
        Title = title;
        Diagnostic = diagnostic;
        IsPreferred = isPreferred;
        edits = new Lazy<IReadOnlyList<FileEdit>>(() => FileEdit.Normalize(computeEdits()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Names the fix among the fixes of its diagnostic ("spelling:kind", "exclude" …); stable across analyses of the same text.</summary>
    public string Id { get; }

    public FixKind Kind { get; }

    public Message Title { get; }

    public Diagnostic Diagnostic { get; }

    /// <summary>The one clear correction: an editor may apply it without asking (auto-fix).</summary>
    public bool IsPreferred { get; }

    /// <summary>Marking excluded and drafting a motion read the whole case: worth computing only when chosen.</summary>
    public bool IsCostly => Kind is FixKind.MarkExcluded or FixKind.DraftExclusionMotion;

    public IReadOnlyList<FileEdit> Edits => edits.Value;

    public override string ToString() => $"{Diagnostic.Code} {Id}: {Title}";
}
