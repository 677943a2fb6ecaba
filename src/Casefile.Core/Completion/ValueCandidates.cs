using System.Globalization;
using System.Text;
using Casefile.Model;
using Casefile.Presentation;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>
/// The values a key takes: its enumerated values, the IDs of the right class from every file of
/// the case (only defenders after <c>lawyer</c>, only prosecutors after <c>sanction-by</c>), words
/// such as <c>none</c>, and templates for dates and periods — never a date itself.
/// </summary>
internal static class ValueCandidates
{
    /// <summary>Keys the format gives a date without a time (casefile-format.md).</summary>
    private static readonly HashSet<string> DateOnlyKeys = ["deadline", "withdrawn-for-termination"];

    public static IEnumerable<CompletionCandidate> For(CompletionScope scope, ValuePosition position) => position.Key.Shape switch
    {
        ValueShape.Enumeration enumeration => Terms(scope, position, enumeration.Values, enumeration.IsList, "0"),
        ValueShape.Text { AllowsNone: true } => Terms(scope, position, Vocabulary.Terms.None, false, "0"),
        ValueShape.Reference reference => References(scope, position, reference.Prefixes, reference.RequiredRoles)
            .Concat(reference.Words is { } words ? Terms(scope, position, words, false, ReferenceEquals(words, Vocabulary.Terms.None) ? "2" : "0") : []),
        ValueShape.TextOrReference reference => References(scope, position, reference.Prefixes, null),
        ValueShape.DateTime => DateTemplates(scope, position),
        ValueShape.Period => scope.Snippets ? [Template(scope, position, "YYYY-MM-DD .. YYYY-MM-DD", "${1:YYYY-MM-DD} .. ${2:YYYY-MM-DD}", "Completion_Template_Period", "0")] : [],
        ValueShape.PeriodWithReason period when position.InReason => Terms(scope, position with { NeedsSpace = false }, period.Reasons, false, "0"),
        ValueShape.PeriodWithReason period => scope.Snippets
            ?
            [
                Template(scope, position, "YYYY-MM-DD .. YYYY-MM-DD", "${1:YYYY-MM-DD} .. ${2:YYYY-MM-DD}", "Completion_Template_Period", "0"),
                Template(scope, position, "YYYY-MM-DD .. YYYY-MM-DD (…)", "${1:YYYY-MM-DD} .. ${2:YYYY-MM-DD} (" + Snippet.Choice(3, period.Reasons.Terms.Select(t => t.FormIn(scope.Writing))) + ")", "Completion_Template_PeriodWithReason", "1"),
            ]
            : [],
        _ => [],
    };

    private static IEnumerable<CompletionCandidate> Terms(CompletionScope scope, ValuePosition position, TermSet set, bool isList, string group)
    {
        var terms = set.Terms;
        var listed = isList ? position.Listed.Select(l => set.Find(l)).OfType<Term>().ToHashSet() : [];
        var space = position.NeedsSpace ? " " : string.Empty;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (listed.Contains(term))
            {
                continue;
            }

            var label = term.FormIn(scope.Writing);
            yield return new CompletionCandidate(label, CandidateKind.Value, space + label + (position.NeedsComma ? "," : string.Empty), position.Replace)
            {
                FilterText = KeyDocumentation.FilterText(label, term),
                SortText = $"{group}{i:D3}",
                Description = KeyDocumentation.OtherSpellings(label, term),
                Documentation = KeyDocs.ValueMeaning(set, term, scope.Reader),
            };
        }
    }

    private static IEnumerable<CompletionCandidate> References(CompletionScope scope, ValuePosition position, string prefixes, IReadOnlyList<string>? roles)
    {
        var owner = scope.EntityOf(position.Entity);
        var listed = position.Listed.Select(l => EntityId.TryParse(l, out var id) ? id : (EntityId?)null).OfType<EntityId>().ToHashSet();
        var preferred = Preferred(owner, position.Key);
        var space = position.NeedsSpace ? " " : string.Empty;
        var candidates = scope.File.Group.Entities
            .Where(e => prefixes.Contains(e.Id.Prefix) && e.Id != owner?.Id && !listed.Contains(e.Id))
            .Where(e => roles is not { Count: > 0 } || (e is Person person && person.Role is { } role && roles.Contains(role.Canonical)))
            .OrderBy(e => preferred(e) ? 0 : 1)
            .ThenBy(e => prefixes.IndexOf(e.Id.Prefix))
            .ThenBy(e => e.Id.Number);

        var index = 0;
        foreach (var entity in candidates)
        {
            var label = entity.Id.ToString();
            yield return new CompletionCandidate(label, CandidateKind.Reference, space + label + (position.NeedsComma ? "," : string.Empty), position.Replace)
            {
                FilterText = entity.Title.Length > 0 ? $"{label} {entity.Title}" : label,
                SortText = $"1{index++:D4}",
                Detail = entity.Title.Length > 0 ? entity.Title : null,
                Description = Classifier(entity)?.FormIn(scope.Writing),
                Documentation = Excerpt(scope, entity),
                Preselect = index == 1 && preferred(entity),
            };
        }
    }

    /// <summary>What the entity is, in a word: a person's role, an evidence item's kind, a circumstance's element, a motion's type.</summary>
    private static Term? Classifier(Entity entity) => entity switch
    {
        Person person => person.Role,
        Evidence evidence => evidence.EvidenceKind,
        Circumstance circumstance => circumstance.Element,
        Motion motion => motion.Attributes.Term("type"),
        _ => null,
    };

    /// <summary>
    /// The IDs most likely meant: the defender of the person whose testimony this is; officials for
    /// who conducted or appointed; attesting witnesses; anyone but an official for whose testimony it is.
    /// </summary>
    private static Func<Entity, bool> Preferred(Entity? owner, KeyDefinition key) => (owner, key.Canonical) switch
    {
        (Evidence evidence, "lawyer") when evidence.Person?.Attributes.Reference("lawyer")?.Id is { } defender => e => e.Id == defender,
        (Evidence, "conducted-by" or "appointed-by") => e => e is Person { IsOfficial: true },
        (Evidence, "attesting-witnesses") => e => e is Person person && person.HasRole("attesting-witness"),
        (Evidence, "person") => e => e is Person { IsOfficial: false, Role: not null },
        _ => _ => false,
    };

    /// <summary>The entity's heading and attribute list as written, and its file when that is another one.</summary>
    private static string Excerpt(CompletionScope scope, Entity entity)
    {
        const int maxLines = 12;
        var text = entity.File.Text;
        var syntax = entity.Syntax;
        var end = syntax.Attributes.Count > 0 ? syntax.Attributes[^1].Span.End : syntax.Heading.Span.End;
        var lines = text[TextSpan.FromBounds(syntax.Heading.Span.Start, Math.Min(end, text.Length))]
            .Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0)
            .ToList();
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines), "…"];
        }

        var fence = lines.Any(l => l.Contains("```", StringComparison.Ordinal)) ? "~~~~" : "```";
        var builder = new StringBuilder();
        builder.Append(fence).Append("markdown\n").AppendJoin('\n', lines).Append('\n').Append(fence);
        if (!ReferenceEquals(entity.File, scope.File))
        {
            builder.Append("\n\n").Append(scope.Text("Completion_DefinedIn", $"`{Path.GetFileName(entity.File.Path)}`"));
        }

        return builder.ToString();
    }

    private static IEnumerable<CompletionCandidate> DateTemplates(CompletionScope scope, ValuePosition position)
    {
        if (!scope.Snippets)
        {
            yield break;
        }

        var dotted = WritesDotted(scope.File);
        var (date, time) = dotted ? ("DD.MM.YYYY", "HH:MM") : ("YYYY-MM-DD", "HH:MM");
        var dateOnly = DateOnlyKeys.Contains(position.Key.Canonical);

        // The end of an action is usually on the day it started: that day, with the time to type.
        if (position.Key.Canonical == "end" && scope.EntityOf(position.Entity) is Evidence { Start: { } start } evidence)
        {
            var day = dotted ? start.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : start.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var startLabel = Keys.Get(EntityKind.Evidence, "start").Term.FormIn(scope.Writing);
            yield return Template(scope, position, $"{day} {time}", $"{Snippet.Escape(day)} ${{1:{time}}}", "Completion_Template_SameDay", "0", startLabel) with { Preselect = evidence.End is null };
        }

        var dateTime = Template(scope, position, $"{date} {time}", $"${{1:{date}}} ${{2:{time}}}", "Completion_Template_DateTime", dateOnly ? "2" : "1");
        var dateAlone = Template(scope, position, date, $"${{1:{date}}}", "Completion_Template_Date", dateOnly ? "1" : "2");
        yield return dateTime;
        yield return dateAlone;
    }

    private static CompletionCandidate Template(CompletionScope scope, ValuePosition position, string label, string snippet, string detail, string sort, params object[] arguments) =>
        new(label, CandidateKind.Template, (position.NeedsSpace ? " " : string.Empty) + snippet, position.Replace)
        {
            IsSnippet = true,
            FilterText = label,
            SortText = sort,
            Detail = scope.Text(detail, arguments),
            Documentation = scope.Text("Completion_Doc_Date"),
        };

    /// <summary>Whether the file's dates are mostly written 02.03.2024 rather than 2024-03-02: templates follow the file.</summary>
    private static bool WritesDotted(CaseFile file)
    {
        var dotted = 0;
        var iso = 0;
        foreach (var (_, bag) in file.AttributeBags)
        {
            foreach (var attribute in bag.All)
            {
                if (attribute.Value is DateValue or PeriodValue)
                {
                    var written = attribute.Value.Source.Text;
                    if (written.Length >= 10 && written[2] == '.' && written[5] == '.')
                    {
                        dotted++;
                    }
                    else
                    {
                        iso++;
                    }
                }
            }
        }

        return dotted > iso;
    }
}
