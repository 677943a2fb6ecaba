using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Navigation;

/// <summary>
/// Renaming an ID across the files of its case: its definitions, the values that reference it
/// and its mentions in prose. The new ID must be a valid ID of the same prefix (the prefix decides
/// what an entity is) that the case does not use yet, so that no two entities, nor a dangling
/// reference and an entity, are merged by the rename.
/// </summary>
public static class IdRename
{
    public static RenameOutcome Plan(CaseGroup group, EntityId from, string newName)
    {
        var written = newName.Trim();
        var kind = EntityKinds.FromPrefix(from.Prefix)!.Value;
        var suggestion = NextFreeId(group, from.Prefix);
        if (!EntityId.TryParse(written, out var to))
        {
            return new RenameRefused(new Message("Nav_RenameInvalidId", written, LocalizedText.EntityKind(kind), from.Prefix, suggestion));
        }

        if (to.Prefix != from.Prefix)
        {
            return new RenameRefused(new Message("Nav_RenamePrefixChanged", from, LocalizedText.EntityKind(kind), from.Prefix, suggestion));
        }

        var occurrences = IdOccurrences.Find(group, from);
        if (to == from)
        {
            return new RenamePlan(from, to, []);
        }

        var taken = IdOccurrences.Find(group, to);
        if (taken.FirstOrDefault(o => o.Kind == IdOccurrenceKind.Definition) is { } definition)
        {
            return new RenameRefused(new Message("Nav_RenameIdDefined", to, FileName(definition.File), Line(definition), suggestion));
        }

        if (taken.FirstOrDefault() is { } used)
        {
            return new RenameRefused(new Message("Nav_RenameIdUsed", to, FileName(used.File), Line(used), suggestion));
        }

        return new RenamePlan(from, to, occurrences);
    }

    /// <summary>The ID after the highest number of this prefix written anywhere in the case (defined, referenced or mentioned).</summary>
    public static EntityId NextFreeId(CaseGroup group, char prefix)
    {
        var used = group.Files
            .SelectMany(IdOccurrences.InFile)
            .Where(o => o.Id.Prefix == prefix)
            .Select(o => o.Id.Number);
        return EntityId.NextFree(prefix, used);
    }

    private static string FileName(CaseFile file) => Path.GetFileName(file.Path) is { Length: > 0 } name ? name : file.Path;

    private static int Line(IdOccurrence occurrence) => occurrence.File.Text.GetPosition(occurrence.Span.Start).Line + 1;
}

/// <summary>What a rename would do, or why it may not be done.</summary>
public abstract record RenameOutcome;

/// <summary>Every occurrence of <see cref="From"/> to be rewritten as <see cref="To"/>; none when the two are equal.</summary>
public sealed record RenamePlan(EntityId From, EntityId To, IReadOnlyList<IdOccurrence> Occurrences) : RenameOutcome;

/// <summary>The rename is refused; <see cref="Reason"/> says why, in the user's language.</summary>
public sealed record RenameRefused(Message Reason) : RenameOutcome;
