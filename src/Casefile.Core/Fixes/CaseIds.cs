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
    public static EntityId NextFree(CaseGroup group, char prefix) => Completion.NextFreeId.For(group, prefix);
}
