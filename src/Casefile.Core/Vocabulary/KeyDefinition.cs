namespace Casefile.Vocabulary;

/// <summary>A key one kind of entity may carry: its spellings, its value and what it means.</summary>
public sealed record KeyDefinition(EntityKind Entity, Term Term, ValueShape Shape, string Meaning, bool Repeatable = false)
{
    public string Canonical => Term.Canonical;

    public override string ToString() => $"{Entity}.{Canonical}";
}
