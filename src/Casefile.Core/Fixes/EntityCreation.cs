using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Fixes;

/// <summary>
/// CF0006: the entity a reference names, created in the same file with a title to replace and its
/// essential keys empty, to fill in. Nothing about it is guessed: not even the role that the
/// referring key implies.
/// </summary>
internal static class EntityCreation
{
    public static IEnumerable<Fix> For(FixContext context)
    {
        if (context.Code != "CF0006" || !EntityId.TryParse(context.Text[context.Diagnostic.Span], out var id)
            || EntityKinds.FromPrefix(id.Prefix) is not { } kind || context.File.Group.Find(id) is not null)
        {
            yield break;
        }

        yield return new Fix(
            $"create:{id}",
            FixKind.CreateEntity,
            context.Title($"Create{kind}", id),
            context.Diagnostic,
            () =>
            {
                var items = EssentialKeys(kind).Select(k => (Vocab.Key(kind, k, context.Language), string.Empty)).ToList();
                return [EntityPlacement.Insert(context.File.Syntax, context.Layout, id, context.Write($"NewTitle{kind}"), items, context.Language)];
            });
    }

    /// <summary>The keys without which the new entity cannot be judged.</summary>
    private static string[] EssentialKeys(EntityKind kind) => kind switch
    {
        EntityKind.Person => ["role"],
        EntityKind.Evidence => ["kind", "date"],
        EntityKind.Circumstance => ["element", "charged"],
        EntityKind.Motion => ["type", "filed-by", "form"],
        _ => ["checked"],
    };
}
