using System.Text;
using Casefile.Model;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>
/// New entities at the start of a line: a heading with the next free ID of the case and the keys
/// such an entity needs, each value a tab stop (a choice for the longer enumerations). Facts are
/// never filled in: a yes/no, a date or a reference stays empty for the user to give.
/// IDs that values refer to but no file defines come first, each as its own entity to write.
/// </summary>
internal static class EntitySnippets
{
    private abstract record Slot;

    private sealed record Empty : Slot;

    private sealed record Choice(TermSet Values) : Slot;

    private sealed record Fixed(Term Value) : Slot;

    private sealed record Template(string Name, EntityKind Kind, IReadOnlyList<(string Key, Slot Slot)> Keys);

    private static readonly Template PersonTemplate = new("Person", EntityKind.Person, [("role", new Choice(Terms.Role))]);

    private static readonly Template EvidenceTemplate = new("Evidence", EntityKind.Evidence,
    [
        ("kind", new Choice(Terms.EvidenceKind)), ("person", new Empty()), ("conducted-by", new Empty()), ("date", new Empty()), ("proves", new Empty()),
    ]);

    private static readonly Template TestimonyTemplate = new("Testimony", EntityKind.Evidence,
    [
        ("kind", new Fixed(Terms.EvidenceKind["testimony"])), ("person", new Empty()), ("conducted-by", new Empty()), ("start", new Empty()), ("end", new Empty()),
        ("place", new Choice(Terms.Place)), ("lawyer", new Empty()), ("rights-explained", new Empty()), ("proves", new Empty()),
    ]);

    private static readonly Template CircumstanceTemplate = new("Circumstance", EntityKind.Circumstance, [("element", new Choice(Terms.Element)), ("charged", new Empty())]);

    private static readonly Template MotionTemplate = new("Motion", EntityKind.Motion,
    [
        ("type", new Choice(Terms.MotionType)), ("target", new Empty()), ("filed-by", new Empty()), ("form", new Choice(Terms.MotionForm)), ("grounds", new Empty()), ("decision", new Empty()),
    ]);

    private static readonly Template ArgumentTemplate = new("Argument", EntityKind.Argument, [("checked", new Empty()), ("refuted-by", new Empty())]);

    private static readonly Template[] New = [PersonTemplate, EvidenceTemplate, TestimonyTemplate, CircumstanceTemplate, MotionTemplate, ArgumentTemplate];

    public static IEnumerable<CompletionCandidate> For(CompletionScope scope, LineStartPosition position)
    {
        var group = scope.File.Group;
        var index = 0;
        foreach (var template in New.Where(t => t.Name == t.Kind.ToString()))
        {
            foreach (var (id, referencedBy) in NextFreeId.Undefined(group, template.Kind.Prefix()))
            {
                var by = referencedBy?.Id.ToString() ?? scope.Text("Completion_TheCase");
                yield return Candidate(scope, position, template, id, scope.Text("Completion_New_Referenced", id, by), $"0{index++:D3}");
            }
        }

        foreach (var template in New)
        {
            var id = NextFreeId.For(group, template.Kind.Prefix());
            yield return Candidate(scope, position, template, id, scope.Text($"Completion_New_{template.Name}", id), $"1{index++:D3}");
        }
    }

    private static CompletionCandidate Candidate(CompletionScope scope, LineStartPosition position, Template template, EntityId id, string label, string sort)
    {
        var hashes = new string('#', position.TypedLevel ?? LevelFor(scope.File.Syntax, template.Kind, position.Offset));
        var title = scope.Text($"Completion_Title_{template.Kind}");
        var snippet = new StringBuilder($"{hashes} {id} {Snippet.Placeholder(1, title)}\n");
        var plain = new StringBuilder($"{hashes} {id} \n");
        var stop = 2;
        foreach (var (canonical, slot) in template.Keys)
        {
            var key = Keys.Get(template.Kind, canonical).Term.FormIn(scope.Writing);
            snippet.Append("- ").Append(Snippet.Escape(key)).Append(": ");
            plain.Append("- ").Append(key).Append(": ");
            switch (slot)
            {
                case Fixed value:
                    snippet.Append(Snippet.Escape(value.Value.FormIn(scope.Writing)));
                    plain.Append(value.Value.FormIn(scope.Writing));
                    break;
                case Choice choice:
                    snippet.Append(Snippet.Choice(stop++, choice.Values.Terms.Select(t => t.FormIn(scope.Writing))));
                    break;
                default:
                    snippet.Append(Snippet.TabStop(stop++));
                    break;
            }

            snippet.Append('\n');
            plain.Append('\n');
        }

        snippet.Append("$0");
        var preview = plain.ToString().Replace($"{id} \n", $"{id} {title}\n", StringComparison.Ordinal);
        return new CompletionCandidate(label, CandidateKind.Entity, scope.Snippets ? snippet.ToString() : plain.ToString(), position.Replace)
        {
            IsSnippet = scope.Snippets,
            FilterText = $"{hashes} {id} {label}",
            SortText = sort,
            Detail = $"{hashes} {id}",
            Documentation = $"```markdown\n{preview.TrimEnd('\n')}\n```",
        };
    }

    /// <summary>
    /// The heading level the file already uses for entities of this kind (the nearest before the
    /// cursor), else for any entity, else one below the section heading above, else 3 under
    /// sections and 2 without them.
    /// </summary>
    private static int LevelFor(CaseFileSyntax syntax, EntityKind kind, int offset)
    {
        EntitySyntax? Nearest(IEnumerable<EntitySyntax> entities) =>
            entities.LastOrDefault(e => e.Heading.Span.Start < offset) ?? entities.FirstOrDefault();

        var sameKind = syntax.Entities.Where(e => e.Id.Prefix == kind.Prefix()).ToList();
        if (Nearest(sameKind) is { } same)
        {
            return same.Heading.Level;
        }

        if (Nearest(syntax.Entities) is { } any)
        {
            return any.Heading.Level;
        }

        if (syntax.SectionHeadings.LastOrDefault(h => h.Span.Start < offset && h.Level < 4) is { } section)
        {
            return section.Level + 1;
        }

        return syntax.SectionHeadings.Count > 0 ? 3 : 2;
    }
}
