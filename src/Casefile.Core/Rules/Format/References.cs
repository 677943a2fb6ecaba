using Casefile.Model;
using Casefile.Vocabulary;

namespace Casefile.Rules.Format;

/// <summary>Every ID written as a value in a file, with the attribute that holds it.</summary>
internal static class References
{
    public static IReadOnlyList<(Entity? Owner, BoundAttribute Attribute, ReferenceValue Reference)> In(CaseFile file) => file.References;

    public static string AllowedPrefixes(KeyDefinition key) => key.Shape switch
    {
        ValueShape.Reference reference => reference.Prefixes,
        ValueShape.TextOrReference reference => reference.Prefixes,
        _ => string.Empty,
    };
}
