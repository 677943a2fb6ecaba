using Casefile.Syntax;

namespace Casefile.Analysis;

/// <summary>
/// The scopes of the comments that name one code, and the narrowest that holds an offset (its
/// start to its end, both included; the first added among equally narrow ones). Sorted by start,
/// each scope knows the nearest before it that ends later: walking back from the last scope that
/// starts at or before the offset, a scope that ends before it lets the walk jump over every scope
/// that ends no later, none of which can hold the offset. With scopes nested as entities, lists
/// and attributes nest, a look-up takes a few steps; testing every comment for every diagnostic
/// was quadratic.
/// </summary>
internal sealed class ScopeIndex
{
    private readonly List<(TextSpan Scope, string Reason, int Order)> scopes = [];
    private int[]? previousLonger;

    public void Add(TextSpan scope, string reason)
    {
        scopes.Add((scope, reason, scopes.Count));
        previousLonger = null;
    }

    public string? Narrowest(int offset)
    {
        if (previousLonger is null)
        {
            scopes.Sort((a, b) => a.Scope.Start != b.Scope.Start ? a.Scope.Start.CompareTo(b.Scope.Start) : a.Order.CompareTo(b.Order));
            previousLonger = new int[scopes.Count];
            var open = new Stack<int>();
            for (var i = 0; i < scopes.Count; i++)
            {
                while (open.Count > 0 && scopes[open.Peek()].Scope.End <= scopes[i].Scope.End)
                {
                    open.Pop();
                }

                previousLonger[i] = open.Count > 0 ? open.Peek() : -1;
                open.Push(i);
            }
        }

        // The last scope that starts at or before the offset.
        int low = 0, high = scopes.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (scopes[middle].Scope.Start <= offset)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        (string Reason, int Length, int Order)? best = null;
        for (var i = last; i >= 0;)
        {
            var (scope, reason, order) = scopes[i];
            if (scope.End < offset)
            {
                i = previousLonger[i];
                continue;
            }

            if (best is not { } found || scope.Length < found.Length || (scope.Length == found.Length && order < found.Order))
            {
                best = (reason, scope.Length, order);
            }

            i--;
        }

        return best?.Reason;
    }
}
