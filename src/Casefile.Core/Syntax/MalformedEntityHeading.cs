namespace Casefile.Syntax;

/// <summary>A heading that starts like an entity's but cannot be one: a malformed ID, or a level outside 2–4.</summary>
public sealed record MalformedEntityHeading(HeadingSyntax Heading, string WrittenId, TextSpan IdSpan, MalformedHeadingReason Reason);

public enum MalformedHeadingReason
{
    MalformedId,
    WrongLevel,
}
