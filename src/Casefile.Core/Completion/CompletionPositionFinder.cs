using System.Text.RegularExpressions;
using Casefile.Navigation;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>
/// Reads the line at the cursor as an editor sees it while typing: half-written lines are not
/// attributes yet (<c>- ki</c>, <c>- kind:</c> with nothing after it), so the position is found from
/// the text of the line, and the syntax only tells whose attribute list the line belongs to.
/// </summary>
public static partial class CompletionPositionFinder
{
    public static CompletionPosition? Find(CaseFileSyntax syntax, int offset)
    {
        var text = syntax.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var line = text.GetLineIndex(offset);
        var lineSpan = text.GetLineSpan(line);
        if (offset > lineSpan.End)
        {
            return null;
        }

        var lineText = text.GetLineText(line);
        var column = offset - lineSpan.Start;
        var before = lineText[..column];
        var after = lineText[column..];

        var bullet = BulletLine().Match(before);
        if (bullet.Success)
        {
            return AttributePosition(syntax, offset, line, lineSpan.Start, bullet, before, after);
        }

        var start = LineStart().Match(before);
        if (start.Success && (start.Groups["hashes"].Length == 0 || start.Groups["space"].Length > 0 || start.Groups["word"].Length == 0))
        {
            var rest = WordLength(after);
            if (after[rest..].Trim().Length > 0)
            {
                return null;
            }

            var hashes = start.Groups["hashes"].Length;
            int? typedLevel = hashes is >= 2 and <= 4 && start.Groups["space"].Length > 0 ? hashes : null;
            return new LineStartPosition(offset, TextSpan.FromBounds(lineSpan.Start, offset + rest), typedLevel, line);
        }

        return null;
    }

    private static CompletionPosition? AttributePosition(CaseFileSyntax syntax, int offset, int line, int lineStart, Match bullet, string before, string after)
    {
        if (OwnerOf(syntax, offset) is not var (kind, entity, headingLine) || !InAttributeList(syntax.Text, headingLine, line))
        {
            return null;
        }

        var rest = bullet.Groups["rest"];
        if (rest.Length == 0)
        {
            // "-" just typed: offer "- key: " in place of the bare bullet.
            if (after.Trim().Length > 0)
            {
                return null;
            }

            var bulletStart = lineStart + bullet.Groups["bullet"].Index;
            return new KeyPosition(offset, TextSpan.FromBounds(bulletStart, offset), kind, entity, HasColon: false, BulletOnly: true, line);
        }

        var bodyColumn = rest.Index + (rest.Value.Length - rest.Value.TrimStart().Length);
        var body = before[bodyColumn..];
        var colon = body.IndexOf(':');
        if (colon < 0)
        {
            if (!KeyPrefix().IsMatch(body))
            {
                return null;
            }

            var wordAfter = WordLength(after);
            var hasColon = after[wordAfter..].TrimStart(' ', '\t').StartsWith(':');
            return new KeyPosition(offset, TextSpan.FromBounds(lineStart + bodyColumn, offset + wordAfter), kind, entity, hasColon, BulletOnly: false, line);
        }

        var keyText = body[..colon].TrimEnd(' ', '\t');
        if (!KeyWord().IsMatch(keyText) || Keys.Find(kind, keyText) is not { } key)
        {
            return null;
        }

        var value = ValueAt(offset, line, lineStart, kind, entity, key, before, after, bodyColumn + colon + 1);

        // "place: office ‸": the value is written and a space typed after it, for a comment or prose.
        var isDate = key.Shape is ValueShape.DateTime or ValueShape.Period || (key.Shape is ValueShape.PeriodWithReason && !value.InReason);
        return !isDate && value.Typed.Any(char.IsWhiteSpace) ? null : value;
    }

    private static ValuePosition ValueAt(int offset, int line, int lineStart, EntityKind kind, EntitySyntax? entity, KeyDefinition key, string before, string after, int valueColumn)
    {
        var column = before.Length;
        var valueBefore = before[valueColumn..];
        var isList = key.Shape is ValueShape.Reference { IsList: true } or ValueShape.Enumeration { IsList: true };
        var inReason = key.Shape is ValueShape.PeriodWithReason && valueBefore.LastIndexOf('(') > valueBefore.LastIndexOf(')');

        var itemColumn = valueColumn;
        if (inReason)
        {
            itemColumn = valueColumn + valueBefore.LastIndexOf('(') + 1;
        }
        else if (isList)
        {
            itemColumn = valueColumn + valueBefore.LastIndexOf(',') + 1;
        }

        var typedColumn = itemColumn;
        while (typedColumn < column && before[typedColumn] is ' ' or '\t')
        {
            typedColumn++;
        }

        var typed = before[typedColumn..];
        var end = 0;
        while (end < after.Length && !char.IsWhiteSpace(after[end]) && after[end] is not (',' or '(' or ')'))
        {
            end++;
        }

        var listed = new List<string>();
        var needsComma = false;
        if (isList)
        {
            listed.AddRange(Items(before[valueColumn..itemColumn]));
            var comment = after.IndexOf('(');
            var tail = comment >= 0 ? after[end..Math.Max(end, comment)] : after[end..];
            var nextComma = tail.IndexOf(',');

            // "C-1, ‸ C-3": what follows the cursor before the next comma is another item.
            var following = (nextComma >= 0 ? tail[..nextComma] : tail).Trim();
            if (following.Length > 0)
            {
                listed.Add(following);
                needsComma = true;
            }

            if (nextComma >= 0)
            {
                listed.AddRange(Items(tail[(nextComma + 1)..]));
            }
        }

        var needsSpace = typed.Length == 0 && typedColumn == column && column > 0 && before[column - 1] is ':' or ',';
        return new ValuePosition(offset, TextSpan.FromBounds(lineStart + typedColumn, offset + end), kind, entity, key, typed, listed, needsSpace, inReason, line)
        {
            NeedsComma = needsComma,
        };
    }

    private static IEnumerable<string> Items(string text) =>
        text.Split(',').Select(i => i.Trim()).Where(i => i.Length > 0);

    /// <summary>The entity or case whose attribute list could hold this line, with the last line of its heading.</summary>
    private static (EntityKind Kind, EntitySyntax? Entity, int HeadingLine)? OwnerOf(CaseFileSyntax syntax, int offset)
    {
        var text = syntax.Text;
        if (SyntaxLocator.OwnerAt(syntax, offset) is { } entity)
        {
            return EntityKinds.FromPrefix(entity.Id.Prefix) is { } kind ? (kind, entity, LastLine(text, entity.Heading)) : null;
        }

        if (syntax.CaseHeading is not { } heading || offset < heading.Span.End)
        {
            return null;
        }

        var next = syntax.SectionHeadings.Select(h => h.Span.Start)
            .Concat(syntax.Entities.Select(e => e.Heading.Span.Start))
            .Where(start => start > heading.Span.Start)
            .DefaultIfEmpty(int.MaxValue)
            .Min();
        return offset < next ? (EntityKind.Case, null, LastLine(text, heading)) : null;
    }

    private static int LastLine(SourceText text, HeadingSyntax heading) =>
        text.GetLineIndex(Math.Max(heading.Span.Start, heading.Span.End - 1));

    /// <summary>
    /// The list right under a heading holds its attributes; once prose has begun, later lists are
    /// the body. Walks up from the line to the heading: blank lines, suppression comments, list items
    /// and their lazy continuation lines keep the attribute list going, a paragraph ends it.
    /// </summary>
    private static bool InAttributeList(SourceText text, int headingLine, int line)
    {
        for (var current = line - 1; current > headingLine; current--)
        {
            var content = text.GetLineText(current).Trim();
            if (content.Length == 0 || content.StartsWith("<!--", StringComparison.Ordinal) || BulletLine().IsMatch(text.GetLineText(current)))
            {
                continue;
            }

            var previous = current - 1;
            if (previous <= headingLine || text.GetLineText(previous).Trim().Length == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int WordLength(string text)
    {
        var length = 0;
        while (length < text.Length && (char.IsLetterOrDigit(text[length]) || text[length] is '-' or '_' || char.GetUnicodeCategory(text[length]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            length++;
        }

        return length;
    }

    /// <summary>A list item's start up to the cursor: up to three spaces, a bullet, then nothing or a space and the rest.</summary>
    [GeneratedRegex(@"^(?<indent>[ ]{0,3})(?<bullet>[-*+])(?<rest>[ \t].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletLine();

    /// <summary>A key being typed: nothing yet, or a letter and then letters, digits, hyphens.</summary>
    [GeneratedRegex(@"^(\p{L}[\p{L}\p{N}\p{M}_\-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPrefix();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N}\p{M}_\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyWord();

    /// <summary>The start of a line: nothing, a run of '#', or a word (an ID being typed, a word of a snippet's name).</summary>
    [GeneratedRegex(@"^[ ]{0,3}(?<hashes>#{1,6})?(?<space>[ \t]*)(?<word>(\p{L}[\p{L}\p{N}\-]*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex LineStart();
}
