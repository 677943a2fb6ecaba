namespace Casefile.Syntax;

/// <summary>A range between two positions; the end is exclusive.</summary>
public readonly record struct LineRange(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}
