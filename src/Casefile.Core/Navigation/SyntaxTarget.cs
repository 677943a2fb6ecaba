using Casefile.Syntax;

namespace Casefile.Navigation;

/// <summary>What stands at a position of a case file: the editor's features start from this.</summary>
public abstract record SyntaxTarget(TextSpan Span)
{
    /// <summary>The entity (heading, list and body) the position lies in; null for the case's own part.</summary>
    public EntitySyntax? Owner { get; init; }
}

/// <summary>The ID in an entity's heading.</summary>
public sealed record EntityIdTarget(EntitySyntax Entity) : SyntaxTarget(Entity.IdSpan);

/// <summary>Elsewhere on an entity's heading (its title).</summary>
public sealed record EntityHeadingTarget(EntitySyntax Entity) : SyntaxTarget(Entity.Heading.ContentSpan);

public sealed record CaseHeadingTarget(HeadingSyntax Heading) : SyntaxTarget(Heading.ContentSpan);

public sealed record KeyTarget(AttributeSyntax Attribute) : SyntaxTarget(Attribute.KeySpan);

/// <summary>A value, or one item of a list value; <see cref="Id"/> is set when the item is an ID.</summary>
public sealed record ValueTarget(AttributeSyntax Attribute, ValueText Item, EntityId? Id) : SyntaxTarget(Item.Span);

/// <summary>An ID written in prose, where it is only a link.</summary>
public sealed record MentionTarget(EntityId Id, TextSpan MentionSpan) : SyntaxTarget(MentionSpan);

public sealed record SuppressionTarget(SuppressionSyntax Suppression, SuppressedCode? Code) : SyntaxTarget(Code?.Span ?? Suppression.Span);

/// <summary>Inside an attribute list line but not on a key or value yet (after "- "), or on a blank line of the body.</summary>
public sealed record NothingTarget(TextSpan At) : SyntaxTarget(At);
