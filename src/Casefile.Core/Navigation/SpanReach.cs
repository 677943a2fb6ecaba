using Casefile.Syntax;

namespace Casefile.Navigation;

/// <summary>
/// Spans walked in order of their starts alongside positions that only grow, as the matches of a
/// pattern come: the furthest end of the spans that start before a position. Whether a match lies
/// inside, or overlaps, any of the spans is then one comparison, where testing every span for
/// every match was quadratic in a file with many of each.
/// </summary>
internal sealed class SpanReach(IEnumerable<TextSpan> spans)
{
    // An empty span holds no character: it can neither hold a match nor overlap one.
    private readonly List<TextSpan> sorted = spans.Where(s => s.Length > 0).OrderBy(s => s.Start).ToList();
    private int next;
    private int reach = -1;

    /// <summary>The furthest end of the spans that start before <paramref name="position"/>; -1 when none does. Positions must not decrease.</summary>
    public int FurthestEndBefore(int position)
    {
        while (next < sorted.Count && sorted[next].Start < position)
        {
            reach = Math.Max(reach, sorted[next].End);
            next++;
        }

        return reach;
    }

    /// <summary>Whether <paramref name="span"/> lies inside one of the spans (the ends included).</summary>
    public bool Contains(TextSpan span) => FurthestEndBefore(span.Start + 1) >= span.End;

    /// <summary>Whether <paramref name="span"/> shares a character with one of the spans.</summary>
    public bool Overlaps(TextSpan span) => FurthestEndBefore(span.End) > span.Start;
}
