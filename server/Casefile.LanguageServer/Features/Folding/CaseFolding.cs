using Casefile.Syntax;

namespace Casefile.LanguageServer.Features.Folding;

/// <summary>A foldable run of lines and the text that stands for it when folded.</summary>
public sealed record CaseFold(int StartLine, int EndLine, string CollapsedText);

/// <summary>
/// Where a case file folds: each entity from its heading to the end of its body, each section
/// heading to the next heading of the same or a higher level, and the case heading over its
/// attribute list. Trailing blank lines stay visible, as editors do for code.
/// </summary>
public static class CaseFolding
{
    public static IReadOnlyList<CaseFold> For(CaseFileSyntax syntax)
    {
        var text = syntax.Text;
        var folds = new List<CaseFold>();
        var headings = syntax.Entities.Select(e => e.Heading)
            .Concat(syntax.SectionHeadings)
            .Concat(syntax.CaseHeading is { } caseHeading ? [caseHeading] : [])
            .OrderBy(h => h.Span.Start)
            .ToList();

        if (syntax.CaseHeading is { } heading && syntax.CaseAttributes.Count > 0)
        {
            Add(folds, text, heading.Line, syntax.CaseAttributes.Max(a => a.Span.End), heading.Content);
        }

        // A section runs to the next heading of its level or higher: found for every heading at once,
        // from the end, with a stack of the headings still open (searching from each section was
        // quadratic in a file of many headings).
        var sectionEnds = new Dictionary<int, int>(headings.Count);
        var open = new Stack<HeadingSyntax>();
        for (var i = headings.Count - 1; i >= 0; i--)
        {
            while (open.Count > 0 && open.Peek().Level > headings[i].Level)
            {
                open.Pop();
            }

            sectionEnds[headings[i].Span.Start] = open.Count > 0 ? open.Peek().Span.Start : text.Length;
            open.Push(headings[i]);
        }

        foreach (var section in syntax.SectionHeadings)
        {
            Add(folds, text, section.Line, sectionEnds[section.Span.Start], section.Content);
        }

        foreach (var entity in syntax.Entities)
        {
            Add(folds, text, entity.Heading.Line, entity.FullSpan.End, entity.Heading.Content);
        }

        return folds.OrderBy(f => f.StartLine).ThenByDescending(f => f.EndLine).ToList();
    }

    /// <summary>From <paramref name="startLine"/> to the last non-blank line before <paramref name="endOffset"/>; nothing when that is the start line itself.</summary>
    private static void Add(List<CaseFold> folds, SourceText text, int startLine, int endOffset, string collapsedText)
    {
        if (endOffset <= 0)
        {
            return;
        }

        var endLine = text.GetLineIndex(endOffset);
        if (endLine > 0 && text.GetLineStart(endLine) >= endOffset)
        {
            endLine--;
        }

        while (endLine > startLine && string.IsNullOrWhiteSpace(text.GetLineText(endLine)))
        {
            endLine--;
        }

        if (endLine > startLine)
        {
            folds.Add(new CaseFold(startLine, endLine, collapsedText));
        }
    }
}
