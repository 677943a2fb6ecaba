namespace Casefile.Syntax;

/// <summary>A zero-based line and a zero-based UTF-16 column, as LSP counts them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line + 1}:{Character + 1}";
}
