using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>Where the cursor stands, as far as completion cares.</summary>
public abstract record CompletionPosition(int Offset, TextSpan Replace);

/// <summary>
/// On a key of an attribute list: after <c>- </c>, inside a key being typed, or right after a bare
/// bullet (<see cref="BulletOnly"/>: the bullet is replaced too). <see cref="Entity"/> is null for the case's list.
/// </summary>
public sealed record KeyPosition(int Offset, TextSpan Replace, EntityKind Owner, EntitySyntax? Entity, bool HasColon, bool BulletOnly, int Line)
    : CompletionPosition(Offset, Replace);

/// <summary>
/// On the value of a known key, or on one item of a list value. <see cref="Listed"/> holds the other
/// items already written; <see cref="NeedsSpace"/> when the cursor stands right after the colon or comma;
/// <see cref="InReason"/> inside the parenthesised reason of a period; <see cref="NeedsComma"/> when
/// the cursor stands before another item of a list (<c>C-1, ‸ C-3</c>).
/// </summary>
public sealed record ValuePosition(
    int Offset,
    TextSpan Replace,
    EntityKind Owner,
    EntitySyntax? Entity,
    KeyDefinition Key,
    string Typed,
    IReadOnlyList<string> Listed,
    bool NeedsSpace,
    bool InReason,
    int Line)
    : CompletionPosition(Offset, Replace)
{
    public bool NeedsComma { get; init; }
}

/// <summary>At the start of a line, or after the <c>#</c>s of a heading being typed: where a new entity may begin.</summary>
public sealed record LineStartPosition(int Offset, TextSpan Replace, int? TypedLevel, int Line)
    : CompletionPosition(Offset, Replace);
