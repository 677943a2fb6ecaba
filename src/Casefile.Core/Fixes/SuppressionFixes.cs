using Casefile.Navigation;
using Casefile.Syntax;

namespace Casefile.Fixes;

/// <summary>
/// <c>&lt;!-- casefile-ignore CF1504: --&gt;</c> before the attribute, or before the heading of the
/// entity, the diagnostic is in. The reason is left for the user to write after the colon: a
/// reason the tool made up ("TODO", "…") would silence the rule with no reason at all, so until one
/// is written the comment silences nothing and CF0011 says what is missing.
/// </summary>
internal static class SuppressionFixes
{
    public static IEnumerable<Fix> For(FixContext context)
    {
        var diagnostic = context.Diagnostic;
        if (diagnostic.Code == "CF0011")
        {
            // A comment that silences nothing is not silenced by another.
            yield break;
        }

        var syntax = context.File.Syntax;
        var comment = $"<!-- casefile-ignore {diagnostic.Code}: -->";
        var attribute = context.AttributeAtDiagnostic();
        if (attribute is not null && !AlreadyAsked(syntax, attribute.Line, diagnostic.Code))
        {
            yield return new Fix(
                "suppress-attribute",
                FixKind.Suppress,
                context.Title("SuppressAttribute", diagnostic.Code, attribute.Key),
                diagnostic,
                () => [context.Layout.InsertLineBefore(attribute.Line, comment)]);
        }

        var owner = SyntaxLocator.OwnerAt(syntax, diagnostic.Span.Start);
        if (owner is not null && owner.FullSpan.IntersectsOrTouches(diagnostic.Span.Start) && !AlreadyAsked(syntax, owner.Heading.Line, diagnostic.Code))
        {
            yield return new Fix(
                "suppress-entity",
                FixKind.Suppress,
                context.Title("SuppressEntity", diagnostic.Code, owner.Id),
                diagnostic,
                () => [context.Layout.InsertLineBefore(owner.Heading.Line, comment)]);
        }
        else if (owner is null && attribute is null && syntax.CaseHeading is { } heading
            && heading.ContentSpan.IntersectsOrTouches(diagnostic.Span.Start)
            && !AlreadyAsked(syntax, heading.Line, diagnostic.Code))
        {
            yield return new Fix(
                "suppress-case",
                FixKind.Suppress,
                context.Title("SuppressCase", diagnostic.Code),
                diagnostic,
                () => [context.Layout.InsertLineBefore(heading.Line, comment)]);
        }
    }

    /// <summary>A comment for this code already stands before the line (still without its reason, or the diagnostic would be silenced).</summary>
    private static bool AlreadyAsked(CaseFileSyntax syntax, int line, string code) =>
        syntax.Suppressions.Any(s => s.TargetLine == line && s.Codes.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)));
}
