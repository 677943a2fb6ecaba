namespace Casefile.Syntax;

/// <summary>A run of UTF-16 code units in a document's text: offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool IntersectsOrTouches(int offset) => offset >= Start && offset <= End;

    public override string ToString() => $"[{Start}..{End})";
}
