namespace Casefile.Syntax;

/// <summary>The parsed shape of one case file, every element with its exact source span.</summary>
public sealed record CaseFileSyntax(
    string Path,
    SourceText Text,
    HeadingSyntax? CaseHeading,
    IReadOnlyList<AttributeSyntax> CaseAttributes,
    IReadOnlyList<EntitySyntax> Entities,
    IReadOnlyList<HeadingSyntax> SectionHeadings,
    IReadOnlyList<SuppressionSyntax> Suppressions,
    IReadOnlyList<MalformedEntityHeading> MalformedEntityHeadings);
