using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>A person, evidence item, circumstance, motion or defence argument of a case file.</summary>
public abstract class Entity
{
    protected Entity(EntitySyntax syntax, CaseFile file, AttributeBag attributes)
    {
        Syntax = syntax;
        File = file;
        Attributes = attributes;
    }

    public EntityId Id => Syntax.Id;

    public string Title => Syntax.Title;

    public EntitySyntax Syntax { get; }

    public CaseFile File { get; }

    public AttributeBag Attributes { get; }

    public abstract EntityKind Kind { get; }

    /// <summary>The span a diagnostic about the entity as a whole points at: its heading.</summary>
    public TextSpan HeadingSpan => Syntax.HeadingSpan;

    public override string ToString() => Title.Length > 0 ? $"{Id} {Title}" : Id.ToString();
}
