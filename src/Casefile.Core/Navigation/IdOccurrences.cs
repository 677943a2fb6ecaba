using System.Text.RegularExpressions;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Navigation;

/// <summary>Where an ID is defined, referenced by a value, or mentioned in prose, across the files of one case.</summary>
public static class IdOccurrences
{
    /// <summary>Every occurrence of <paramref name="id"/> in the case's files, file by file (the group's order), then in source order.</summary>
    public static IReadOnlyList<IdOccurrence> Find(CaseGroup group, EntityId id) =>
        group.Files.SelectMany(InFile).Where(o => o.Id == id).ToList();

    /// <summary>
    /// Every ID written in the file, in source order: each entity heading's ID (a definition), each
    /// ID read as a reference value, and every other ID in the text (a mention): in prose, in
    /// headings' titles, and in values that are not references (a text value such as
    /// <c>exclusion-ground: see E-3</c>, a key the format does not know, a list item that is
    /// prose). A suppression comment holds codes, never IDs.
    /// </summary>
    public static IReadOnlyList<IdOccurrence> InFile(CaseFile file)
    {
        var found = new List<IdOccurrence>();
        foreach (var entity in file.Entities)
        {
            found.Add(new IdOccurrence(file, entity.Syntax.IdSpan, IdOccurrenceKind.Definition) { Id = entity.Id });
        }

        foreach (var (_, bag) in file.AttributeBags)
        {
            foreach (var attribute in bag.All)
            {
                foreach (var reference in ModelBuilder.ReferencesIn(attribute.Value))
                {
                    found.Add(new IdOccurrence(file, reference.Source.Span, IdOccurrenceKind.Reference) { Id = reference.Id });
                }
            }
        }

        var claimed = new SpanReach(found.Select(o => o.Span));
        var suppressed = new SpanReach(file.Syntax.Suppressions.Select(s => s.Span));
        foreach (Match match in SyntaxLocator.IdPattern().Matches(file.Text.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (claimed.Overlaps(span) || suppressed.Contains(span))
            {
                continue;
            }

            if (EntityId.TryParse(match.ValueSpan, out var id))
            {
                found.Add(new IdOccurrence(file, span, IdOccurrenceKind.Mention) { Id = id });
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>
    /// The ID at an offset: one whose span contains it, else one that ends right there (the cursor
    /// just after "P-1", as editors place it after a double-click or typing).
    /// </summary>
    public static IdOccurrence? At(CaseFile file, int offset)
    {
        var all = InFile(file);
        return all.FirstOrDefault(o => o.Span.Contains(offset)) ?? all.FirstOrDefault(o => o.Span.End == offset);
    }
}

/// <summary>One place an ID is written. <see cref="Id"/> is the ID written there.</summary>
public sealed record IdOccurrence(CaseFile File, TextSpan Span, IdOccurrenceKind Kind)
{
    public EntityId Id { get; init; }
}

public enum IdOccurrenceKind
{
    Definition,
    Reference,
    Mention,
}
