using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Casefile.Localization;

namespace Casefile.Resolution;

/// <summary>
/// The text of the normative resolution No. 4 of 20 April 2006 in one language, parsed from its Markdown form:
/// a "# " title, for translations a "**Unofficial translation.** …" disclaimer paragraph, a preamble,
/// then one "## N" section per paragraph whose "> " lines are amendment notes.
/// </summary>
public sealed partial class ResolutionDocument
{
    private readonly Dictionary<string, ResolutionParagraph> byNumber;

    private ResolutionDocument(
        Language language,
        string title,
        string? disclaimer,
        string preamble,
        IReadOnlyList<ResolutionParagraph> paragraphs)
    {
        Language = language;
        Title = title;
        Disclaimer = disclaimer;
        Preamble = preamble;
        Paragraphs = paragraphs;
        byNumber = paragraphs.ToDictionary(p => p.Number, StringComparer.Ordinal);
    }

    public Language Language { get; }

    /// <summary>True only for the Kazakh text, the one published by the court; ru and en are unofficial translations.</summary>
    public bool IsOfficial => Language == Language.Kk;

    /// <summary>The text of the "# " line.</summary>
    public string Title { get; }

    /// <summary>The "**Unofficial translation.** …" paragraph of a translation, verbatim; null when there is none (Kazakh).</summary>
    public string? Disclaimer { get; }

    /// <summary>Everything between the title (or the disclaimer) and "## 1", Markdown paragraphs joined by "\n\n".</summary>
    public string Preamble { get; }

    /// <summary>The numbered paragraphs in document order.</summary>
    public IReadOnlyList<ResolutionParagraph> Paragraphs { get; }

    /// <summary>The paragraph with this number, e.g. "15" or "16-1".</summary>
    /// <exception cref="KeyNotFoundException">There is no such paragraph.</exception>
    public ResolutionParagraph this[string number]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(number);
            if (TryGetParagraph(number, out var paragraph))
            {
                return paragraph;
            }

            throw new KeyNotFoundException(
                $"The resolution ({Language.Code()}) has no paragraph \"{number}\". "
                + $"Known paragraphs: {string.Join(", ", Paragraphs.Select(p => p.Number))}.");
        }
    }

    public bool TryGetParagraph(string number, [NotNullWhen(true)] out ResolutionParagraph? paragraph)
    {
        ArgumentNullException.ThrowIfNull(number);
        return byNumber.TryGetValue(number.Trim(), out paragraph);
    }

    /// <summary>
    /// Parses the Markdown form of the resolution.
    /// Blocks are separated by blank lines; the lines of one block are joined by a single space.
    /// </summary>
    /// <exception cref="FormatException">The text does not have the expected structure; the message names the line.</exception>
    public static ResolutionDocument Parse(Language language, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        string? title = null;
        string? disclaimer = null;
        var preamble = new List<string>();
        var paragraphs = new List<ResolutionParagraph>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        string? number = null;
        var numberLine = 0;
        var text = new List<string>();
        var notes = new List<string>();
        var block = new List<string>();
        var blockIsNote = false;

        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].TrimEnd() : string.Empty;
            var lineNumber = i + 1;

            if (line.Length == 0 || IsHeading(line) || (block.Count > 0 && IsNote(line) != blockIsNote))
            {
                FlushBlock();
            }

            if (i == lines.Length || line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is null)
                {
                    throw Error(lineNumber, "a \"## \" section before the \"# \" title");
                }

                FlushSection();
                number = line[3..].Trim();
                numberLine = lineNumber;
                if (!ParagraphNumberPattern().IsMatch(number))
                {
                    throw Error(lineNumber, $"\"{number}\" is not a paragraph number (expected e.g. \"7\" or \"16-1\")");
                }

                if (!seen.Add(number))
                {
                    throw Error(lineNumber, $"paragraph \"{number}\" appears twice");
                }

                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    throw Error(lineNumber, "a second \"# \" title");
                }

                if (preamble.Count > 0)
                {
                    throw Error(lineNumber, "text before the \"# \" title");
                }

                title = line[2..].Trim();
                continue;
            }

            if (line.StartsWith('#'))
            {
                throw Error(lineNumber, $"unexpected heading \"{line}\" (only \"# title\" and \"## N\" are allowed)");
            }

            if (title is null)
            {
                throw Error(lineNumber, "text before the \"# \" title");
            }

            blockIsNote = IsNote(line);
            block.Add(blockIsNote ? line.TrimStart()[1..].Trim() : line.Trim());
        }

        FlushSection();

        if (title is null)
        {
            throw new FormatException("The resolution text has no \"# \" title.");
        }

        if (paragraphs.Count == 0)
        {
            throw new FormatException("The resolution text has no \"## N\" paragraph sections.");
        }

        return new ResolutionDocument(language, title, disclaimer, string.Join("\n\n", preamble), paragraphs);

        void FlushBlock()
        {
            if (block.Count == 0)
            {
                return;
            }

            if (number is not null)
            {
                if (blockIsNote)
                {
                    // Every "> " line is one amendment note.
                    notes.AddRange(block);
                }
                else
                {
                    text.Add(string.Join(' ', block));
                }
            }
            else
            {
                var joined = blockIsNote ? string.Join('\n', block.Select(b => "> " + b)) : string.Join(' ', block);
                // A translation opens with its "**Unofficial translation.** …" paragraph; the official text has none.
                if (language != Language.Kk && disclaimer is null && preamble.Count == 0 && !blockIsNote
                    && joined.StartsWith("**", StringComparison.Ordinal))
                {
                    disclaimer = joined;
                }
                else
                {
                    preamble.Add(joined);
                }
            }

            block.Clear();
        }

        void FlushSection()
        {
            if (number is null)
            {
                return;
            }

            if (text.Count == 0)
            {
                throw Error(numberLine, $"paragraph \"{number}\" has no text");
            }

            paragraphs.Add(new ResolutionParagraph(number, string.Join("\n\n", text), notes.ToArray()));
            text.Clear();
            notes.Clear();
        }
    }

    private static bool IsHeading(string line) => line.StartsWith('#');

    private static bool IsNote(string line) => line.TrimStart().StartsWith('>');

    private static FormatException Error(int line, string problem) =>
        new($"Resolution text, line {line}: {problem}.");

    [GeneratedRegex(@"^[1-9][0-9]*(-[1-9][0-9]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphNumberPattern();
}
