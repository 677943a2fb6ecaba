using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>
/// One attribute as the model sees it: its key's definition, the syntax it came from, and its
/// value, which is null when the value is empty (a placeholder) or could not be read.
/// </summary>
public sealed record BoundAttribute(KeyDefinition Key, AttributeSyntax Syntax, BoundValue? Value)
{
    public TextSpan KeySpan => Syntax.KeySpan;

    public TextSpan ValueSpan => Syntax.ValueSpan;

    public bool IsEmpty => Syntax.IsEmpty;

    /// <summary>What could not be read (CF0003, CF0004); a list value may keep its readable items.</summary>
    public IReadOnlyList<AttributeProblem> Problems { get; init; } = [];
}
