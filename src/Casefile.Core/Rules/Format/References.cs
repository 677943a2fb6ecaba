using Casefile.Model;
using Casefile.Vocabulary;

namespace Casefile.Rules.Format;

/// <summary>Every ID written as a value in a file, with the attribute that holds it.</summary>
internal static class References
{
    public static IEnumerable<(Entity? Owner, BoundAttribute Attribute, ReferenceValue Reference)> In(CaseFile file)
    {
        foreach (var (owner, bag) in file.AttributeBags)
        {
            foreach (var attribute in bag.All)
            {
                foreach (var reference in ModelBuilder.ReferencesIn(attribute.Value))
                {
                    yield return (owner, attribute, reference);
                }
            }
        }
    }

    public static string AllowedPrefixes(KeyDefinition key) => key.Shape switch
    {
        ValueShape.Reference reference => reference.Prefixes,
        ValueShape.TextOrReference reference => reference.Prefixes,
        _ => string.Empty,
    };
}
