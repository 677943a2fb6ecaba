using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Casefile.Syntax;

/// <summary>
/// Reads a case file with Markdig (CommonMark) and lifts out what the format gives meaning to:
/// the case heading and its list, entity headings and their lists, and suppression comments.
/// Everything else is prose and is left to Markdown.
/// </summary>
public static partial class CaseFileParser
{
    /// <summary>CommonMark's block parsers, as Markdig's default pipeline has them; shared, as a pipeline's are.</summary>
    private static readonly BlockParserList BlockParsers = new(new MarkdownPipelineBuilder().BlockParsers);

    public static CaseFileSyntax Parse(string path, string text) => Parse(path, new SourceText(text));

    public static CaseFileSyntax Parse(string path, SourceText source)
    {
        var builder = new Builder(source);
        ParseBlocks(source.Text, builder.Read);
        return builder.Build(path);
    }

    /// <summary>
    /// Block structure only, line by line, as <c>Markdown.Parse</c> does before its inline pass:
    /// the format gives meaning to headings, lists and comments, never to emphasis or links.
    /// Leaving out the inline pass (which walks every block again even with no inline parser)
    /// saves its time and avoids Markdig's nesting limit on pathological inline text ("[[[[…").
    /// Each top-level block is handed over, in order, as soon as it is final, and let go: only
    /// the last child of a container can still be open, so every one before it is final. The tree
    /// then never holds more than a block or two, and dies young instead of being carried through
    /// the collector's generations as a whole file's tree would be.
    /// </summary>
    internal static void ParseBlocks(string text, Action<Block> read)
    {
        // CommonMark 2.3, as Markdig does it: NUL becomes U+FFFD, one character for one, so spans hold.
        text = text.Replace('\0', '\uFFFD');
        var document = new MarkdownDocument();
        var processor = new BlockProcessor(document, BlockParsers, context: null, trackTrivia: false);
        var reader = new LineReader(text);
        for (var line = reader.ReadLine(); line.Text is not null; line = reader.ReadLine())
        {
            processor.ProcessLine(line);
            while (document.Count > 1)
            {
                read(document[0]);
                document.RemoveAt(0);
            }
        }

        // Closing the document closes every block still open above it, as the end of the text does.
        processor.Close(document);
        foreach (var block in document)
        {
            read(block);
        }
    }

    [GeneratedRegex(@"^[ \t]*<!--[ \t]*casefile-ignore\b(?<body>.*?)-->[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SuppressionPattern();

    /// <summary>
    /// The key and the colon at the start of a line: a word of letters, digits, marks, '_' or
    /// '-' that starts with a letter, then up to four more words each after one space, then
    /// blanks and the colon. Greedy matching cannot miss a shorter match here (a shorter one
    /// would leave a space and a word character, never a colon, after it), so one pass decides.
    /// Whether a key of several words is a key at all is for the vocabulary to say: prose such
    /// as "- Bekov stated: …" has this shape too.
    /// </summary>
    internal static bool TryMatchKey(ReadOnlySpan<char> line, out int keyLength, out int matchLength)
    {
        keyLength = matchLength = 0;
        if (line.Length == 0 || !char.IsLetter(line[0]))
        {
            return false;
        }

        var end = 1;
        while (end < line.Length && IsKeyCharacter(line[end]))
        {
            end++;
        }

        for (var word = 0; word < 4 && end + 1 < line.Length && line[end] == ' ' && IsKeyCharacter(line[end + 1]); word++)
        {
            end += 2;
            while (end < line.Length && IsKeyCharacter(line[end]))
            {
                end++;
            }
        }

        var colon = end;
        while (colon < line.Length && line[colon] is ' ' or '\t')
        {
            colon++;
        }

        if (colon >= line.Length || line[colon] != ':')
        {
            return false;
        }

        keyLength = end;
        matchLength = colon + 1;
        return true;
    }

    private static bool IsKeyCharacter(char c) =>
        c is '_' or '-' || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) switch
        {
            System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.EnclosingMark => true,
            _ => false,
        };

    private sealed class Builder(SourceText source)
    {
        private readonly StringPool strings = new();
        private readonly List<(HeadingSyntax Heading, EntityId? Id, TextSpan IdSpan, string Title, TextSpan TitleSpan, List<AttributeSyntax> Attributes)> headings = [];
        private readonly List<SuppressionSyntax> suppressions = [];
        private readonly List<MalformedEntityHeading> malformed = [];
        private readonly HashSet<int> suppressionLines = [];
        private int[]? nextContentLines;
        private int caseHeadingIndex = -1;
        private List<AttributeSyntax>? openAttributeList;
        private bool attributeListOpen;

        /// <summary>One top-level block, in document order.</summary>
        public void Read(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    OnHeading(heading);
                    break;
                case ListBlock list when openAttributeList is not null && attributeListOpen:
                    ReadAttributes(list, openAttributeList);
                    break;
                case HtmlBlock html when IsOnlySuppressions(html):
                    // A suppression comment between two attributes keeps the list going.
                    break;
                case BlankLineBlock:
                    break;
                default:
                    attributeListOpen = false;
                    break;
            }

            if (block is HtmlBlock topLevelHtml)
            {
                ReadSuppressions(topLevelHtml);
            }
            else if (block is ContainerBlock container)
            {
                ReadSuppressionsIn(container);
            }
        }

        /// <summary>Suppression comments stand in HTML blocks at any depth (inside a list item, a quote).</summary>
        private void ReadSuppressionsIn(ContainerBlock container)
        {
            foreach (var block in container)
            {
                if (block is HtmlBlock html)
                {
                    ReadSuppressions(html);
                }
                else if (block is ContainerBlock inner)
                {
                    ReadSuppressionsIn(inner);
                }
            }
        }

        public CaseFileSyntax Build(string path)
        {
            var resolvedSuppressions = suppressions.Count == 0 ? suppressions : ResolveSuppressionTargets();

            var entities = new List<EntitySyntax>(headings.Count);
            var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(headings);
            for (var i = 0; i < all.Length; i++)
            {
                var (heading, id, idSpan, title, titleSpan, attributes) = all[i];
                if (id is null)
                {
                    continue;
                }

                var end = source.Length;
                for (var j = i + 1; j < all.Length; j++)
                {
                    ref var next = ref all[j];
                    if (next.Id is not null || next.Heading.Level <= heading.Level)
                    {
                        end = next.Heading.Span.Start;
                        break;
                    }
                }

                entities.Add(new EntitySyntax(id.Value, idSpan, title, titleSpan, heading, attributes, TextSpan.FromBounds(heading.Span.Start, end)));
            }

            var sections = headings
                .Where((h, index) => h.Id is null && index != caseHeadingIndex)
                .Select(h => h.Heading)
                .ToList();

            return new CaseFileSyntax(
                path,
                source,
                caseHeadingIndex >= 0 ? headings[caseHeadingIndex].Heading : null,
                caseHeadingIndex >= 0 ? headings[caseHeadingIndex].Attributes : [],
                entities,
                sections,
                resolvedSuppressions,
                malformed);
        }

        /// <summary>Each suppression's target: the entity heading or attribute on the next non-blank line that is not itself a suppression.</summary>
        private List<SuppressionSyntax> ResolveSuppressionTargets()
        {
            var attributeLines = new HashSet<int>();
            var headingLines = new HashSet<int>();
            foreach (var entry in headings)
            {
                if (entry.Id is not null || ReferenceEquals(entry.Attributes, CaseAttributes))
                {
                    headingLines.Add(entry.Heading.Line);
                }

                foreach (var attribute in entry.Attributes)
                {
                    attributeLines.Add(attribute.Line);
                }
            }

            return suppressions
                .Select(s => s with { TargetLine = FindTarget(s.Line, headingLines, attributeLines) })
                .ToList();
        }

        private List<AttributeSyntax>? CaseAttributes => caseHeadingIndex >= 0 ? headings[caseHeadingIndex].Attributes : null;

        private int FindTarget(int commentLine, HashSet<int> headingLines, HashSet<int> attributeLines)
        {
            nextContentLines ??= NextContentLines();
            var line = commentLine + 1 < source.LineCount ? nextContentLines[commentLine + 1] : -1;
            return line >= 0 && (headingLines.Contains(line) || attributeLines.Contains(line)) ? line : -1;
        }

        /// <summary>
        /// For each line, the first line from it on that is neither blank nor a suppression comment
        /// (-1 for none), in one pass from the end: looking ahead from every comment was quadratic
        /// in a run of comments.
        /// </summary>
        private int[] NextContentLines()
        {
            var next = new int[source.LineCount];
            var following = -1;
            for (var line = source.LineCount - 1; line >= 0; line--)
            {
                var span = source.GetLineSpan(line);
                if (!suppressionLines.Contains(line) && !source.Text.AsSpan(span.Start, span.Length).IsWhiteSpace())
                {
                    following = line;
                }

                next[line] = following;
            }

            return next;
        }

        private void OnHeading(HeadingBlock block)
        {
            var heading = ReadHeading(block);
            var attributes = new List<AttributeSyntax>();
            EntityId? id = null;
            TextSpan idSpan = default;
            var title = heading.Content;
            var titleSpan = heading.ContentSpan;

            var firstWordLength = 0;
            while (firstWordLength < heading.Content.Length && !char.IsWhiteSpace(heading.Content[firstWordLength]))
            {
                firstWordLength++;
            }

            var firstWord = heading.Content.AsSpan(0, firstWordLength);
            var firstWordSpan = new TextSpan(heading.ContentSpan.Start, firstWordLength);

            if (heading.Level == 1 && caseHeadingIndex < 0)
            {
                caseHeadingIndex = headings.Count;
            }
            else if (EntityId.TryParse(firstWord, out var parsed))
            {
                if (heading.Level is >= 2 and <= 4)
                {
                    id = parsed;
                    idSpan = firstWordSpan;
                    var rest = heading.Content[firstWordLength..];
                    var restTrimmed = rest.TrimStart();
                    title = restTrimmed.TrimEnd();
                    var titleStart = heading.ContentSpan.Start + firstWordLength + (rest.Length - restTrimmed.Length);
                    titleSpan = new TextSpan(titleStart, title.Length);
                }
                else
                {
                    malformed.Add(new MalformedEntityHeading(heading, firstWord.ToString(), firstWordSpan, MalformedHeadingReason.WrongLevel));
                }
            }
            else if (heading.Level is >= 2 and <= 4 && EntityId.LooksLikeId(firstWord))
            {
                malformed.Add(new MalformedEntityHeading(heading, firstWord.ToString(), firstWordSpan, MalformedHeadingReason.MalformedId));
            }

            headings.Add((heading, id, idSpan, title, titleSpan, attributes));
            var ownsAttributes = id is not null || headings.Count - 1 == caseHeadingIndex;
            openAttributeList = ownsAttributes ? attributes : null;
            attributeListOpen = ownsAttributes;
        }

        private HeadingSyntax ReadHeading(HeadingBlock block)
        {
            var line = block.Line;
            if (block.IsSetext)
            {
                // The underline is the last line of the span; the content is every line before it.
                var contentLines = BlockLines(block);
                contentLines.RemoveAt(contentLines.Count - 1);
                contentLines.RemoveAll(l => l.Text.Length == 0);
                var span = contentLines.Count == 0
                    ? new TextSpan(block.Span.Start, 0)
                    : TextSpan.FromBounds(contentLines[0].Start, contentLines[^1].Start + contentLines[^1].Text.Length);
                var content = string.Join(" ", contentLines.Select(l => l.Text));
                return new HeadingSyntax(block.Level, TextSpan.FromBounds(block.Span.Start, block.Span.End + 1), span, content, line);
            }

            // ATX: the content is the line without the opening run of '#', the optional closing
            // run and surrounding spaces; read from the source so that columns are exact.
            var lineSpan = source.GetLineSpan(line);
            var text = source.Text;
            var start = lineSpan.Start;
            var end = lineSpan.End;
            while (start < end && text[start] is ' ' or '\t')
            {
                start++;
            }

            while (start < end && text[start] == '#')
            {
                start++;
            }

            while (end > start && text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            var closing = end;
            while (closing > start && text[closing - 1] == '#')
            {
                closing--;
            }

            if (closing < end && (closing == start || text[closing - 1] is ' ' or '\t'))
            {
                end = closing;
            }

            var contentSpan = TrimSpan(TextSpan.FromBounds(start, end));
            return new HeadingSyntax(block.Level, lineSpan, contentSpan, source[contentSpan], line);
        }

        private TextSpan TrimSpan(TextSpan span)
        {
            var start = span.Start;
            var end = span.End;
            while (start < end && char.IsWhiteSpace(source.Text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(source.Text[end - 1]))
            {
                end--;
            }

            return TextSpan.FromBounds(start, end);
        }

        /// <summary>
        /// The source lines a leaf block covers, each cut to the block's span and trimmed.
        /// Markdig releases a leaf's line list once inlines are parsed, so the source is read instead.
        /// </summary>
        private List<(int Line, int Start, string Text)> BlockLines(Block block)
        {
            var result = new List<(int, int, string)>();
            var blockEnd = Math.Min(block.Span.End + 1, source.Length);
            var (firstLine, lastLine) = LinesOf(block, blockEnd);
            for (var line = firstLine; line <= lastLine; line++)
            {
                var lineSpan = source.GetLineSpan(line);
                var start = Math.Max(lineSpan.Start, block.Span.Start);
                var end = Math.Min(lineSpan.End, blockEnd);
                var trimmed = TrimSpan(TextSpan.FromBounds(start, end));
                result.Add((line, trimmed.Start, source[trimmed]));
            }

            return result;
        }

        /// <summary>
        /// The first and last line a block covers. Markdig numbers lines as the source does (LF,
        /// CRLF or a lone CR ends one), so a block's line is usually where it starts; the last is
        /// found by walking on, which for the one or two lines of an attribute beats a search of
        /// the whole line table. A setext heading carries the line of its underline, so the line
        /// is checked against the span and searched for when it does not hold the block's start.
        /// </summary>
        private (int First, int Last) LinesOf(Block block, int blockEnd)
        {
            var first = block.Line;
            if (first < 0 || first >= source.LineCount || source.GetLineStart(first) > block.Span.Start
                || (first + 1 < source.LineCount && source.GetLineStart(first + 1) <= block.Span.Start))
            {
                first = source.GetLineIndex(block.Span.Start);
            }

            var last = first;
            while (last + 1 < source.LineCount && source.GetLineStart(last + 1) < blockEnd)
            {
                last++;
            }

            return (first, last);
        }

        private void ReadAttributes(ListBlock list, List<AttributeSyntax> attributes)
        {
            foreach (var child in list)
            {
                if (child is ListItemBlock item && item.Count > 0 && item[0] is ParagraphBlock paragraph && TryReadAttribute(item, paragraph, out var attribute))
                {
                    attributes.Add(attribute);
                }
            }
        }

        private bool TryReadAttribute(ListItemBlock item, ParagraphBlock paragraph, out AttributeSyntax attribute)
        {
            attribute = null!;
            var blockEnd = Math.Min(paragraph.Span.End + 1, source.Length);
            var (firstLineIndex, lastLineIndex) = LinesOf(paragraph, blockEnd);
            var firstLineSpan = source.GetLineSpan(firstLineIndex);
            var first = TrimSpan(TextSpan.FromBounds(Math.Max(firstLineSpan.Start, paragraph.Span.Start), Math.Min(firstLineSpan.End, blockEnd)));
            if (!TryMatchKey(source.Text.AsSpan(first.Start, first.Length), out var keyLength, out var matchLength))
            {
                return false;
            }

            var keySpan = new TextSpan(first.Start, keyLength);
            var afterColon = first.Start + matchLength;
            ValueText raw;
            if (firstLineIndex == lastLineIndex)
            {
                // The common case, read straight from the source: one line, so one piece.
                var valueSpan = TrimSpan(TextSpan.FromBounds(afterColon, first.End));
                raw = valueSpan.Length == 0 ? ValueText.Empty(afterColon) : ValueText.Single(strings.Get(source.Text.AsSpan(valueSpan.Start, valueSpan.Length)), valueSpan.Start);
            }
            else
            {
                raw = ReadContinuedValue(BlockLines(paragraph), first, afterColon);
            }

            var (value, comment) = SplitTrailingComment(raw);
            var span = TextSpan.FromBounds(item.Span.Start, Math.Max(item.Span.End + 1, value.Span.End));
            attribute = new AttributeSyntax(strings.Get(source.Text.AsSpan(keySpan.Start, keySpan.Length)), keySpan, value, comment, span, firstLineIndex);
            return true;
        }

        /// <summary>The rest of the first line, then each lazy continuation line, joined by one space.</summary>
        private ValueText ReadContinuedValue(List<(int Line, int Start, string Text)> lines, TextSpan first, int afterColon)
        {
            var valueBuilder = new System.Text.StringBuilder();
            var pieces = new List<(int, int)>();
            AppendPiece(valueBuilder, pieces, source.Text.Substring(afterColon, first.End - afterColon), afterColon);
            foreach (var (_, lineStart, lineText) in lines.Skip(1))
            {
                if (lineText.Length == 0)
                {
                    continue;
                }

                if (valueBuilder.Length > 0)
                {
                    valueBuilder.Append(' ');
                }

                AppendPiece(valueBuilder, pieces, lineText, lineStart);
            }

            var raw = new ValueText(valueBuilder.ToString(), [.. pieces]).Trim();
            return raw.Text.Length == 0 ? ValueText.Empty(raw.Span.Start == afterColon ? afterColon : raw.Span.Start) : raw;
        }

        private static void AppendPiece(System.Text.StringBuilder builder, List<(int, int)> pieces, string text, int sourceOffset)
        {
            pieces.Add((builder.Length, sourceOffset));
            builder.Append(text);
        }

        /// <summary>"office (room 305)" → "office" and "room 305".</summary>
        private static (ValueText Value, ValueText? Comment) SplitTrailingComment(ValueText value)
        {
            var text = value.Text;
            if (text.Length == 0 || text[^1] != ')')
            {
                return (value, null);
            }

            var depth = 0;
            for (var i = text.Length - 1; i >= 0; i--)
            {
                if (text[i] == ')')
                {
                    depth++;
                }
                else if (text[i] == '(')
                {
                    depth--;
                    if (depth == 0)
                    {
                        if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
                        {
                            return (value, null);
                        }

                        var comment = value.Slice(i + 1, text.Length - i - 2).Trim();
                        var before = i == 0 ? ValueText.Empty(value.ToSource(0)) : value.Slice(0, i).Trim();
                        return (before, comment);
                    }
                }
            }

            return (value, null);
        }

        private bool IsOnlySuppressions(HtmlBlock html)
        {
            var lines = BlockLines(html);
            return lines.Count > 0 && lines.All(l => l.Text.Length == 0 || SuppressionPattern().IsMatch(l.Text));
        }

        private void ReadSuppressions(HtmlBlock html)
        {
            foreach (var (lineIndex, lineStart, text) in BlockLines(html))
            {
                var match = SuppressionPattern().Match(text);
                if (!match.Success)
                {
                    continue;
                }

                var body = match.Groups["body"];
                var bodyStart = lineStart + body.Index;
                var colon = body.Value.IndexOf(':');
                var codesText = colon >= 0 ? body.Value[..colon] : body.Value;
                var reason = colon >= 0 ? body.Value[(colon + 1)..].Trim() : null;
                var codes = new List<SuppressedCode>();
                var position = 0;
                foreach (var part in codesText.Split([',', ' ', '\t']))
                {
                    var index = codesText.IndexOf(part, position, StringComparison.Ordinal);
                    position = index + part.Length;
                    if (part.Length > 0)
                    {
                        codes.Add(new SuppressedCode(part.ToUpperInvariant(), new TextSpan(bodyStart + index, part.Length)));
                    }
                }

                suppressionLines.Add(lineIndex);
                suppressions.Add(new SuppressionSyntax(TextSpan.FromBounds(lineStart, lineStart + text.Length), lineIndex, codes, string.IsNullOrEmpty(reason) ? null : reason, -1));
            }
        }
    }
}
