using System.Text.RegularExpressions;
using Casefile.Syntax;

namespace Casefile.Navigation;

/// <summary>Finds what stands at an offset: a heading's ID, a key, a value or list item, an ID in prose, a suppression.</summary>
public static partial class SyntaxLocator
{
    public static SyntaxTarget At(CaseFileSyntax syntax, int offset)
    {
        var owner = OwnerAt(syntax, offset);
        var target = Find(syntax, owner, offset);
        return target with { Owner = owner };
    }

    /// <summary>The entity whose heading, list or body contains the offset.</summary>
    public static EntitySyntax? OwnerAt(CaseFileSyntax syntax, int offset)
    {
        EntitySyntax? found = null;
        foreach (var entity in syntax.Entities)
        {
            if (entity.FullSpan.Start <= offset && (offset < entity.FullSpan.End || (offset == entity.FullSpan.End && offset == syntax.Text.Length)))
            {
                found = entity;
            }
        }

        return found;
    }

    /// <summary>Every ID written in prose (outside headings' IDs and attribute values), with its span.</summary>
    public static IEnumerable<(EntityId Id, TextSpan Span)> Mentions(CaseFileSyntax syntax)
    {
        var excluded = new List<TextSpan>();
        excluded.AddRange(syntax.Entities.Select(e => e.IdSpan));
        excluded.AddRange(syntax.Entities.SelectMany(e => e.Attributes).Concat(syntax.CaseAttributes).Select(a => a.Span));
        excluded.AddRange(syntax.Suppressions.Select(s => s.Span));

        var inside = new SpanReach(excluded);
        foreach (Match match in IdPattern().Matches(syntax.Text.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (inside.Contains(span))
            {
                continue;
            }

            if (EntityId.TryParse(match.ValueSpan, out var id))
            {
                yield return (id, span);
            }
        }
    }

    private static SyntaxTarget Find(CaseFileSyntax syntax, EntitySyntax? owner, int offset)
    {
        if (owner is not null)
        {
            if (owner.IdSpan.IntersectsOrTouches(offset))
            {
                return new EntityIdTarget(owner);
            }

            if (owner.Heading.Span.Contains(offset) || owner.Heading.ContentSpan.IntersectsOrTouches(offset))
            {
                return new EntityHeadingTarget(owner);
            }
        }
        else if (syntax.CaseHeading is { } heading && (heading.Span.Contains(offset) || heading.ContentSpan.IntersectsOrTouches(offset)))
        {
            return new CaseHeadingTarget(heading);
        }

        var attributes = owner?.Attributes ?? syntax.CaseAttributes;
        foreach (var attribute in attributes)
        {
            if (attribute.KeySpan.IntersectsOrTouches(offset))
            {
                return new KeyTarget(attribute);
            }

            if (attribute.ValueSpan.IntersectsOrTouches(offset) || (attribute.Comment is { } comment && comment.Span.IntersectsOrTouches(offset)))
            {
                foreach (var item in attribute.ListItems())
                {
                    if (item.Span.IntersectsOrTouches(offset))
                    {
                        return new ValueTarget(attribute, item, EntityId.TryParse(item.Text, out var id) ? id : null);
                    }
                }

                return new ValueTarget(attribute, attribute.ValueText, EntityId.TryParse(attribute.Value, out var whole) ? whole : null);
            }
        }

        foreach (var suppression in syntax.Suppressions)
        {
            if (suppression.Span.Contains(offset) || suppression.Span.End == offset)
            {
                return new SuppressionTarget(suppression, suppression.Codes.FirstOrDefault(c => c.Span.IntersectsOrTouches(offset)));
            }
        }

        foreach (var (id, span) in Mentions(syntax))
        {
            if (span.IntersectsOrTouches(offset))
            {
                return new MentionTarget(id, span);
            }
        }

        return new NothingTarget(new TextSpan(offset, 0));
    }

    /// <summary>An ID standing on its own in text (not part of a longer word or number).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])[PECMA]-[1-9][0-9]{0,9}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();
}
