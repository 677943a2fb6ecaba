using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Completion;

/// <summary>
/// IDs for new entities across all files of a case: the next number after every one defined or
/// referenced (a reference may name an entity still to be written), and the referenced ones still
/// undefined, which are the first a new entity of that class should take.
/// </summary>
public static class NextFreeId
{
    public static EntityId For(CaseGroup group, char prefix)
    {
        var used = Defined(group).Concat(Referenced(group).Select(r => r.Id)).Where(id => id.Prefix == prefix);
        return EntityId.NextFree(prefix, used.Select(id => id.Number));
    }

    /// <summary>IDs of the prefix that values refer to but no file of the case defines, each with the first entity (null: the case) that refers to it.</summary>
    public static IReadOnlyList<(EntityId Id, Entity? ReferencedBy)> Undefined(CaseGroup group, char prefix)
    {
        var defined = Defined(group).ToHashSet();
        return Referenced(group)
            .Where(r => r.Id.Prefix == prefix && !defined.Contains(r.Id))
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id.Number)
            .ToList();
    }

    private static IEnumerable<EntityId> Defined(CaseGroup group) => group.Files.SelectMany(f => f.Entities).Select(e => e.Id);

    private static IEnumerable<(EntityId Id, Entity? ReferencedBy)> Referenced(CaseGroup caseGroup) =>
        from file in caseGroup.Files
        from bag in file.AttributeBags
        from attribute in bag.Attributes.All
        from reference in ModelBuilder.ReferencesIn(attribute.Value)
        select (reference.Id, bag.Owner);
}
