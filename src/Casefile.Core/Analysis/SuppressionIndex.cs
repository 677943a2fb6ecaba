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
    private readonly List<(string Code, TextSpan Scope)> scopes = [];

    public SuppressionIndex(CaseFile file)
    {
        var syntax = file.Syntax;
        foreach (var suppression in syntax.Suppressions)
        {
            if (!suppression.HasReason || suppression.TargetLine < 0 || ScopeOf(file, suppression.TargetLine) is not { } scope)
            {
                continue;
            }

            foreach (var code in suppression.Codes)
            {
                scopes.Add((code.Code, scope));
            }
        }
    }

    public bool IsSuppressed(Diagnostic diagnostic)
    {
        foreach (var (code, scope) in scopes)
        {
            if (string.Equals(code, diagnostic.Code, StringComparison.OrdinalIgnoreCase) && scope.IntersectsOrTouches(diagnostic.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan? ScopeOf(CaseFile file, int line)
    {
        var syntax = file.Syntax;
        foreach (var entity in syntax.Entities)
        {
            if (entity.Heading.Line == line)
            {
                return entity.FullSpan;
            }

            foreach (var attribute in entity.Attributes)
            {
                if (attribute.Line == line)
                {
                    return attribute.Span;
                }
            }
        }

        if (syntax.CaseHeading is { } heading)
        {
            if (heading.Line == line)
            {
                var end = syntax.CaseAttributes.Count > 0 ? syntax.CaseAttributes[^1].Span.End : heading.Span.End;
                return TextSpan.FromBounds(heading.Span.Start, end);
            }

            foreach (var attribute in syntax.CaseAttributes)
            {
                if (attribute.Line == line)
                {
                    return attribute.Span;
                }
            }
        }

        return null;
    }
}
