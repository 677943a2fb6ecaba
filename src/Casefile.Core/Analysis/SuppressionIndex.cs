using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Analysis;

/// <summary>
/// Where each <c>casefile-ignore</c> comment applies (rules.md): before an entity heading, the
/// whole entity; before the case heading, the case's own list; before an attribute, that
/// attribute. A comment without a reason silences nothing (it is CF0011).
/// </summary>
public sealed class SuppressionIndex
{
    // Per code, so that a diagnostic is matched only against the comments that name its code.
    private readonly Dictionary<string, ScopeIndex> scopes = new(StringComparer.OrdinalIgnoreCase);

    public SuppressionIndex(CaseFile file)
    {
        if (file.Syntax.Suppressions.Count == 0)
        {
            return;
        }

        var targets = Targets(file.Syntax);
        foreach (var suppression in file.Syntax.Suppressions)
        {
            if (!suppression.HasReason || !targets.TryGetValue(suppression.TargetLine, out var scope))
            {
                continue;
            }

            foreach (var code in suppression.Codes)
            {
                if (!scopes.TryGetValue(code.Code, out var index))
                {
                    scopes[code.Code] = index = new ScopeIndex();
                }

                index.Add(scope, suppression.Reason!.Trim());
            }
        }
    }

    /// <summary>The reason of the comment that silences the diagnostic (the narrowest, if several), or null.</summary>
    public string? ReasonFor(Diagnostic diagnostic) =>
        scopes.TryGetValue(diagnostic.Code, out var index) ? index.Narrowest(diagnostic.Span.Start) : null;

    /// <summary>Each line a suppression may stand before, with the text it then covers.</summary>
    private static Dictionary<int, TextSpan> Targets(CaseFileSyntax syntax)
    {
        var targets = new Dictionary<int, TextSpan>();
        if (syntax.CaseHeading is { } heading)
        {
            var end = syntax.CaseAttributes.Count > 0 ? syntax.CaseAttributes[^1].Span.End : heading.Span.End;
            targets[heading.Line] = TextSpan.FromBounds(heading.Span.Start, end);
            foreach (var attribute in syntax.CaseAttributes)
            {
                targets.TryAdd(attribute.Line, attribute.Span);
            }
        }

        foreach (var entity in syntax.Entities)
        {
            targets.TryAdd(entity.Heading.Line, entity.FullSpan);
            foreach (var attribute in entity.Attributes)
            {
                targets.TryAdd(attribute.Line, attribute.Span);
            }
        }

        return targets;
    }
}

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
