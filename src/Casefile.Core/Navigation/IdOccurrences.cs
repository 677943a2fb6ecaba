using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Navigation;

/// <summary>Where an ID is defined, referenced by a value, or mentioned in prose, across the files of one case.</summary>
public static class IdOccurrences
{
    public static IReadOnlyList<IdOccurrence> Find(CaseGroup group, EntityId id)
    {
        var found = new List<IdOccurrence>();
        foreach (var file in group.Files)
        {
            foreach (var entity in file.Entities.Where(e => e.Id == id))
            {
                found.Add(new IdOccurrence(file, entity.Syntax.IdSpan, IdOccurrenceKind.Definition));
            }

            foreach (var (_, bag) in file.AttributeBags)
            {
                foreach (var attribute in bag.All)
                {
                    foreach (var reference in ModelBuilder.ReferencesIn(attribute.Value).Where(r => r.Id == id))
                    {
                        found.Add(new IdOccurrence(file, reference.Source.Span, IdOccurrenceKind.Reference));
                    }
                }
            }

            foreach (var (mentioned, span) in SyntaxLocator.Mentions(file.Syntax))
            {
                if (mentioned == id)
                {
                    found.Add(new IdOccurrence(file, span, IdOccurrenceKind.Mention));
                }
            }
        }

        return found;
    }
}

public sealed record IdOccurrence(CaseFile File, TextSpan Span, IdOccurrenceKind Kind);

public enum IdOccurrenceKind
{
    Definition,
    Reference,
    Mention,
}
