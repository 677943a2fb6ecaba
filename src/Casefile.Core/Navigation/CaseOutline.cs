using System.Globalization;
using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Navigation;

/// <summary>What a node of a case file's outline stands for.</summary>
public enum OutlineKind
{
    Case,
    Section,
    Person,
    Evidence,
    Circumstance,
    Motion,
    Argument,
}

/// <summary>
/// One node of the outline: its name as written (an entity's ID and title), a short detail in the
/// reader's language (an evidence item's kind, date and admissibility), the span it covers, the
/// span to select (an entity's ID, a heading's text) and the nodes under it.
/// </summary>
public sealed record OutlineNode(
    OutlineKind Kind,
    string Name,
    string? Detail,
    TextSpan Span,
    TextSpan SelectionSpan,
    IReadOnlyList<OutlineNode> Children)
{
    /// <summary>The entity the node stands for; null for the case and sections.</summary>
    public Entity? Entity { get; init; }

    /// <summary>An evidence item that may not be used (rules.md: a paragraph rule's error, or status: excluded).</summary>
    public bool IsInadmissible { get; init; }
}

/// <summary>
/// The outline of a case file: the case, the section headings under it and the entities in the
/// sections, nested as the headings' levels nest. An entity ends at the next entity or at a
/// heading of its level or higher (as the parser reads it); a heading inside an entity's body
/// is a section under that entity.
/// </summary>
public static class CaseOutline
{
    private const string Separator = " · ";

    public static IReadOnlyList<OutlineNode> Build(FileAnalysis analysis, Language language)
    {
        var file = analysis.Model;
        var syntax = file.Syntax;
        var entities = file.Entities.ToDictionary(e => e.Syntax);
        var headings = new List<(int Start, Func<Builder> Create)>();
        if (syntax.CaseHeading is { } caseHeading)
        {
            headings.Add((caseHeading.Span.Start, () => new Builder(OutlineKind.Case, 0, caseHeading.Span.Start, caseHeading.ContentSpan, HeadingName(caseHeading), null, null, false)));
        }

        foreach (var section in syntax.SectionHeadings)
        {
            headings.Add((section.Span.Start, () => new Builder(OutlineKind.Section, section.Level, section.Span.Start, section.ContentSpan, HeadingName(section), null, null, false)));
        }

        foreach (var entitySyntax in syntax.Entities)
        {
            var entity = entities[entitySyntax];
            var admissibility = entity is Evidence evidence ? analysis.AdmissibilityOf(evidence) : null;
            headings.Add((entitySyntax.Heading.Span.Start, () => new Builder(
                KindOf(entity),
                entitySyntax.Heading.Level,
                entitySyntax.Heading.Span.Start,
                entitySyntax.IdSpan,
                entity.ToString(),
                Detail(entity, admissibility, language),
                entity,
                admissibility is { IsAdmissible: false })));
        }

        var roots = new List<Builder>();
        var open = new Stack<Builder>();
        var text = syntax.Text.Text;
        foreach (var (start, create) in headings.OrderBy(h => h.Start))
        {
            var node = create();
            if (node.Kind == OutlineKind.Case)
            {
                // Only the first level-1 heading is the case; whatever stands before it is not inside it.
                while (open.Count > 0)
                {
                    open.Pop().Close(start, text);
                }
            }
            else
            {
                // An entity ends at the next entity, whatever its level.
                if (node.Entity is not null && open.Any(o => o.Entity is not null))
                {
                    while (open.Peek().Entity is null)
                    {
                        open.Pop().Close(start, text);
                    }

                    open.Pop().Close(start, text);
                }

                while (open.Count > 0 && open.Peek().Kind != OutlineKind.Case && open.Peek().Level >= node.Level)
                {
                    open.Pop().Close(start, text);
                }
            }

            (open.Count > 0 ? open.Peek().Children : roots).Add(node);
            open.Push(node);
        }

        while (open.Count > 0)
        {
            open.Pop().Close(text.Length, text);
        }

        return roots.Select(r => r.ToNode()).ToList();
    }

    /// <summary>The detail line of an entity: what it is and, for evidence, whether it may be used.</summary>
    public static string? Detail(Entity entity, Admissibility? admissibility, Language language)
    {
        var parts = new List<string?>();
        switch (entity)
        {
            case Person person:
                parts.Add(person.Role?.FormIn(language) ?? Written(person, "role"));
                break;
            case Evidence evidence:
                parts.Add(evidence.EvidenceKind?.FormIn(language) ?? evidence.UnprovidedKind?.Text);
                parts.Add(evidence.Date?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (admissibility is not null)
                {
                    parts.Add(AdmissibilityText(admissibility, language));
                }

                break;
            case Circumstance circumstance:
                parts.Add(circumstance.Element?.FormIn(language));
                parts.Add(circumstance.IsCharged ? Strings.Get("Nav_Charged", language) : null);
                break;
            case Motion motion:
                parts.Add(motion.Attributes.Term("type")?.FormIn(language));
                parts.Add(motion.Attributes.Term("decision")?.FormIn(language));
                break;
            case DefenceArgument argument:
                parts.Add(argument.Attributes.YesNo("checked") switch
                {
                    true => Strings.Get("Nav_Checked", language),
                    false => Strings.Get("Nav_NotChecked", language),
                    null => null,
                });
                break;
        }

        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(Separator, present);
    }

    /// <summary>"admissible", or "inadmissible: excluded, CF1504, CF1001".</summary>
    public static string AdmissibilityText(Admissibility admissibility, Language language)
    {
        if (admissibility.IsAdmissible)
        {
            return Strings.Get("Nav_Admissible", language);
        }

        var reasons = new List<string>();
        if (admissibility.IsExcluded)
        {
            reasons.Add(Strings.Get("Nav_Excluded", language));
        }

        reasons.AddRange(admissibility.Codes);
        return string.Format(CultureInfo.InvariantCulture, Strings.Get("Nav_Inadmissible", language), string.Join(", ", reasons));
    }

    private static OutlineKind KindOf(Entity entity) => entity switch
    {
        Person => OutlineKind.Person,
        Evidence => OutlineKind.Evidence,
        Circumstance => OutlineKind.Circumstance,
        Motion => OutlineKind.Motion,
        _ => OutlineKind.Argument,
    };

    private static string? Written(Entity entity, string canonical) =>
        entity.Attributes[canonical] is { IsEmpty: false } attribute ? attribute.Syntax.Value : null;

    /// <summary>An outline name may not be empty (editors reject it): an empty heading shows its markers.</summary>
    private static string HeadingName(HeadingSyntax heading) =>
        string.IsNullOrWhiteSpace(heading.Content) ? new string('#', Math.Max(1, heading.Level)) : heading.Content.Trim();

    private sealed class Builder(OutlineKind kind, int level, int start, TextSpan selection, string name, string? detail, Entity? entity, bool inadmissible)
    {
        private int end = -1;

        public OutlineKind Kind => kind;

        public int Level => level;

        public Entity? Entity => entity;

        public List<Builder> Children { get; } = [];

        /// <summary>Ends the node where the next heading begins, without the blank lines before it.</summary>
        public void Close(int next, string text)
        {
            var limit = Math.Max(selection.End, start);
            while (next > limit && char.IsWhiteSpace(text[next - 1]))
            {
                next--;
            }

            end = next;
        }

        public OutlineNode ToNode() => new(kind, name, detail, TextSpan.FromBounds(start, end), selection, Children.Select(c => c.ToNode()).ToList())
        {
            Entity = entity,
            IsInadmissible = inadmissible,
        };
    }
}
