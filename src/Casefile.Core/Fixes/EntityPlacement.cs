using Casefile.Localization;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Fixes;

/// <summary>
/// Where a new entity goes in a file: after the last entity of its kind; else at the end of the
/// section titled for its kind (## Motions, ## Ходатайства …); else in a new section of that
/// title, placed in the usual order (persons, evidence, circumstances, motions, arguments).
/// </summary>
internal static class EntityPlacement
{
    private static readonly EntityKind[] SectionOrder =
        [EntityKind.Person, EntityKind.Evidence, EntityKind.Circumstance, EntityKind.Motion, EntityKind.Argument];

    public static FileEdit Insert(CaseFileSyntax syntax, TextLayout layout, EntityId id, string title, IReadOnlyList<(string Key, string Value)> items, Language language)
    {
        var kind = EntityKinds.FromPrefix(id.Prefix)!.Value;
        var lines = new List<string>();
        int offset;
        int level;
        var sameKind = syntax.Entities.Where(e => e.Id.Prefix == id.Prefix).ToList();
        if (sameKind.Count > 0)
        {
            var last = sameKind.MaxBy(e => e.FullSpan.Start)!;
            offset = last.FullSpan.End;
            level = last.Heading.Level;
        }
        else if (SectionFor(syntax, kind) is { } section)
        {
            offset = EndOfSection(syntax, section);
            level = Math.Clamp(section.Level + 1, 2, 4);
        }
        else
        {
            level = syntax.Entities.Count == 0
                ? 3
                : syntax.Entities.GroupBy(e => e.Heading.Level).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            offset = syntax.Text.Length;
            if (level > 2)
            {
                // A section of its own, one level above the entities, before the first section of a later kind.
                var sectionLevel = level - 1;
                lines.Add($"{new string('#', sectionLevel)} {Vocab.SectionTitle(kind, language)}");
                lines.Add(string.Empty);
                offset = FirstLaterSection(syntax, kind, sectionLevel)?.Span.Start ?? offset;
            }
        }

        lines.Add(title.Length > 0 ? $"{new string('#', level)} {id} {title}" : $"{new string('#', level)} {id}");
        lines.AddRange(items.Select(i => layout.AttributeLine(i.Key, i.Value)));
        return layout.InsertBlock(offset, lines);
    }

    private static HeadingSyntax? SectionFor(CaseFileSyntax syntax, EntityKind kind) =>
        syntax.SectionHeadings.LastOrDefault(h => SectionTitles.All.Find(h.Content) is { } term && SectionTitles.KindOf(term) == kind);

    /// <summary>The start of the next heading of the same or a higher level (the end of the file when none).</summary>
    private static int EndOfSection(CaseFileSyntax syntax, HeadingSyntax section)
    {
        var headings = syntax.SectionHeadings
            .Concat(syntax.Entities.Select(e => e.Heading))
            .Where(h => h.Span.Start > section.Span.Start && h.Level <= section.Level)
            .OrderBy(h => h.Span.Start);
        return headings.FirstOrDefault()?.Span.Start ?? syntax.Text.Length;
    }

    private static HeadingSyntax? FirstLaterSection(CaseFileSyntax syntax, EntityKind kind, int level)
    {
        var order = Array.IndexOf(SectionOrder, kind);
        return syntax.SectionHeadings
            .Where(h => h.Level == level && SectionTitles.All.Find(h.Content) is { } term && SectionTitles.KindOf(term) is { } other && Array.IndexOf(SectionOrder, other) > order)
            .OrderBy(h => h.Span.Start)
            .FirstOrDefault();
    }
}
