using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Fixes;

/// <summary>IDs in use across the files of one case.</summary>
public static class CaseIds
{
    /// <summary>
    /// The ID a new entity of this prefix gets: one above the highest number any file of the case
    /// defines or refers to, so that a new motion never silently resolves a dangling reference.
    /// </summary>
    public static EntityId NextFree(CaseGroup group, char prefix)
    {
        var highest = 0;
        foreach (var file in group.Files)
        {
            foreach (var entity in file.Entities.Where(e => e.Id.Prefix == prefix))
            {
                highest = Math.Max(highest, entity.Id.Number);
            }

            foreach (var (_, bag) in file.AttributeBags)
            {
                foreach (var attribute in bag.All)
                {
                    foreach (var reference in ModelBuilder.ReferencesIn(attribute.Value).Where(r => r.Id.Prefix == prefix))
                    {
                        highest = Math.Max(highest, reference.Id.Number);
                    }
                }
            }
        }

        return new EntityId(prefix, highest + 1);
    }
}
