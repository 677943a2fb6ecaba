using Casefile.Analysis;
using Casefile.Model;
using Casefile.Navigation;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Presentation;

/// <summary>
/// What a reader sees when pointing at a place of a case file: first every diagnostic there (most
/// severe first) with its rule and the paragraph of the resolution, then what the element itself
/// is — a key's meaning and values, a value's spellings, an entity's summary, a suppressed rule.
/// Null over plain prose and blank space.
/// </summary>
public static class Hovers
{
    public static HoverResult? At(HoverRequest request)
    {
        var file = request.File;
        var offset = request.Offset;
        var target = SyntaxLocator.At(file.Model.Syntax, offset);
        var diagnostics = file.Diagnostics
            .Where(d => d.Span.IntersectsOrTouches(offset))
            .OrderBy(d => d.Severity)
            .ThenBy(d => d.Span.Length)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

        var writer = new MarkupWriter(request.Format);
        RuleHover.WriteDiagnostics(writer, diagnostics, request);

        var element = new MarkupWriter(request.Format);
        var span = WriteElement(element, target, request);
        if (!element.IsEmpty)
        {
            writer.Separator();
            writer.Paragraph(element.ToString());
        }

        if (writer.IsEmpty)
        {
            return null;
        }

        span ??= target is NothingTarget ? diagnostics[0].Span : target.Span;
        return new HoverResult(span.Value, writer.ToString(), request.Format);
    }

    /// <summary>Writes the element's own section; returns its span when it differs from the target's.</summary>
    private static TextSpan? WriteElement(MarkupWriter writer, SyntaxTarget target, HoverRequest request)
    {
        var model = request.File.Model;
        switch (target)
        {
            case EntityIdTarget { Entity: var syntax }:
                if (model.Entities.FirstOrDefault(e => ReferenceEquals(e.Syntax, syntax)) is { } defined)
                {
                    EntityHover.Write(writer, defined, request, showWhere: false);
                }

                return null;

            case ValueTarget { Id: { } id }:
                WriteId(writer, id, request);
                return null;

            case MentionTarget { Id: var mentioned }:
                WriteId(writer, mentioned, request);
                return null;

            case KeyTarget { Attribute: var attribute }:
                if (Keys.Find(OwnerKind(target), attribute.Key) is { } key)
                {
                    KeyHover.WriteKey(writer, key, request.Language);
                }

                return null;

            case ValueTarget { Attribute: var attribute, Item: var item }:
                return WriteValue(writer, target, attribute, item, request);

            case SuppressionTarget { Suppression: var suppression, Code: { } code }:
                if (RuleCatalog.Find(code.Code) is { } rule)
                {
                    RuleHover.WriteSuppressed(writer, rule, suppression.HasReason, request);
                }

                return null;

            default:
                return null;
        }
    }

    private static void WriteId(MarkupWriter writer, EntityId id, HoverRequest request)
    {
        if (request.File.Model.Group.Find(id) is { } entity)
        {
            EntityHover.Write(writer, entity, request, showWhere: true);
        }
        else
        {
            EntityHover.WriteUndefined(writer, id, request.Language);
        }
    }

    private static TextSpan? WriteValue(MarkupWriter writer, SyntaxTarget target, AttributeSyntax attribute, ValueText item, HoverRequest request)
    {
        if (Keys.Find(OwnerKind(target), attribute.Key) is not { } key)
        {
            return null;
        }

        // The reason of an interruption stands in the parenthesised comment: "(expertise)".
        if (key.Shape is ValueShape.PeriodWithReason withReason
            && attribute.Comment is { } comment
            && comment.Span.IntersectsOrTouches(request.Offset)
            && withReason.Reasons.Find(comment.Text.Trim()) is { } reason)
        {
            KeyHover.WriteValue(writer, key, withReason.Reasons, reason, request.Language);
            return comment.Span;
        }

        foreach (var set in KeyDocs.WordSets(key.Shape))
        {
            if (set.Find(item.Text) is { } term)
            {
                KeyHover.WriteValue(writer, key, set, term, request.Language);
                return null;
            }
        }

        return null;
    }

    private static EntityKind OwnerKind(SyntaxTarget target) =>
        target.Owner is { } owner ? EntityKinds.FromPrefix(owner.Id.Prefix) ?? EntityKind.Case : EntityKind.Case;
}
