namespace Casefile.Syntax;

/// <summary>
/// An entity: a heading of level 2 to 4 that starts with an ID, the attribute list right under it,
/// and the body up to the next entity or the next heading of the same or a higher level.
/// </summary>
public sealed record EntitySyntax(
    EntityId Id,
    TextSpan IdSpan,
    string Title,
    TextSpan TitleSpan,
    HeadingSyntax Heading,
    IReadOnlyList<AttributeSyntax> Attributes,
    TextSpan FullSpan)
{
    /// <summary>The span a diagnostic about the entity as a whole points at: the heading's text.</summary>
    public TextSpan HeadingSpan => Heading.ContentSpan;
}
