using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>An attribute's value read according to its key's shape. Each keeps the source text it came from.</summary>
public abstract record BoundValue(ValueText Source);

public sealed record TextValue(ValueText Source) : BoundValue(Source)
{
    public string Text => Source.Text;
}

/// <summary>An enumerated value, or a special word such as <c>none</c> or <c>personal</c>.</summary>
public sealed record TermValue(ValueText Source, Term Term) : BoundValue(Source)
{
    public bool Is(string canonical) => Term.Canonical == canonical;
}

public sealed record TermListValue(ValueText Source, IReadOnlyList<TermValue> Items) : BoundValue(Source);

public sealed record DateValue(ValueText Source, CaseDateTime Value) : BoundValue(Source);

public sealed record PeriodValue(ValueText Source, CasePeriod Value, TermValue? Reason) : BoundValue(Source);

/// <summary>An ID; <see cref="Target"/> is the entity it resolves to (the first definition), or null.</summary>
public sealed record ReferenceValue(ValueText Source, EntityId Id) : BoundValue(Source)
{
    public Entity? Target { get; internal set; }
}

public sealed record ReferenceListValue(ValueText Source, IReadOnlyList<ReferenceValue> Items) : BoundValue(Source);
