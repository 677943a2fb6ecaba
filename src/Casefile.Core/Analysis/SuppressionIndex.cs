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
