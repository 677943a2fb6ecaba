using Casefile.Syntax;

namespace Casefile.Model;

/// <summary>
/// The files that make up one case and share one ID space: files in the same folder with the
/// same <c>case</c> number, or a single file. An ID resolves to its first definition, in the
/// order of the files' paths and then of the text.
/// </summary>
public sealed class CaseGroup
{
    private readonly Dictionary<EntityId, Entity> definitions = [];
    private readonly List<(Entity Duplicate, Entity First)> duplicates = [];

    internal CaseGroup(IReadOnlyList<CaseFile> files)
    {
        Files = files;
        foreach (var entity in files.SelectMany(f => f.Entities))
        {
            if (definitions.TryGetValue(entity.Id, out var first))
            {
                duplicates.Add((entity, first));
            }
            else
            {
                definitions[entity.Id] = entity;
            }
        }
    }

    public IReadOnlyList<CaseFile> Files { get; }

    public Entity? Find(EntityId id) => definitions.GetValueOrDefault(id);

    public IEnumerable<Entity> Entities => definitions.Values;

    /// <summary>Every second (third …) definition of an ID, with the first one.</summary>
    public IReadOnlyList<(Entity Duplicate, Entity First)> Duplicates => duplicates;
}
