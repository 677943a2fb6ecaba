namespace Casefile.Vocabulary;

/// <summary>A key one kind of entity may carry: its spellings, its value and what it means.</summary>
public sealed record KeyDefinition(EntityKind Entity, Term Term, ValueShape Shape, string Meaning, bool Repeatable = false)
{
    public string Canonical => Term.Canonical;

    /// <summary>Position among the keys of its entity, so that a bag can record which keys it holds in a bit mask.</summary>
    internal int Ordinal { get; set; } = -1;

    public override string ToString() => $"{Entity}.{Canonical}";

    // Each key is defined once, in Keys; comparing and hashing by identity keeps grouping and
    // lookups by key from hashing the whole definition (term forms, shape, meaning) every time.
    public bool Equals(KeyDefinition? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
