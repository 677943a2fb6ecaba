using System.Text;
using Casefile.Tests.Vocabulary;
using Casefile.Vocabulary;

namespace Casefile.Tests.Docs;

/// <summary>
/// The tables of docs/format.md that list the vocabulary: every key of every kind of entity with
/// its Kazakh and Russian spellings, value and meaning; every enumeration's values; the section
/// titles. Rendered from <see cref="Keys"/>, <see cref="Terms"/> and <see cref="SectionTitles"/>.
/// </summary>
internal static class VocabularyTables
{
    public const string Region = "vocabulary";

    public static string Render()
    {
        var builder = new StringBuilder();
        builder.Append("<a id=\"keys\"></a>\n\n");
        foreach (var kind in Vocabularies.Kinds)
        {
            AppendKeys(builder, kind);
        }

        builder.Append("<a id=\"values\"></a>\n\n");
        builder.Append("### Values\n\n");
        builder.Append("Each enumeration with every value's Kazakh and Russian spellings. Values are read ignoring capitals, ")
            .Append("with `ё` as `е` and spaces or `_` as `-`.\n\n");
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in Vocabularies.Enumerations)
        {
            Assert.True(anchors.Add(AnchorOf(set)), $"Two enumerations are named '{set.Name}'; their tables would share an anchor.");
            AppendValues(builder, set);
        }

        AppendSectionTitles(builder);
        return builder.ToString();
    }

    public static string AnchorOf(TermSet set) => $"values-{set.Name}";

    private static void AppendKeys(StringBuilder builder, EntityKind kind)
    {
        builder.Append($"<a id=\"keys-{KindSlug(kind)}\"></a>\n\n");
        builder.Append($"### {KeysTitle(kind)}\n\n");
        builder.Append("| Key | Kazakh | Russian | Value | Meaning |\n");
        builder.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var key in Keys.For(kind))
        {
            var value = Describe(key.Shape) + (key.Repeatable ? "; may repeat" : string.Empty);
            builder.Append($"| `{key.Canonical}` | {Forms(key.Term.Kazakh)} | {Forms(key.Term.Russian)} | {Cell(value)} | {Cell(key.Meaning)} |\n");
        }

        builder.Append('\n');
    }

    private static void AppendValues(StringBuilder builder, TermSet set)
    {
        var users = Vocabularies.UsersOf(set).ToList();
        builder.Append($"<a id=\"{AnchorOf(set)}\"></a>\n\n");
        var title = users.Count == 1
            ? users[0].Shape is ValueShape.PeriodWithReason
                ? $"Reasons of `{users[0].Canonical}` ({KindLabel(users[0].Entity)})"
                : $"`{users[0].Canonical}` ({KindLabel(users[0].Entity)})"
            : $"`{set.Name}`";
        builder.Append($"#### {title}\n\n");
        if (users.Count > 1)
        {
            builder.Append("Used by: ")
                .Append(string.Join(", ", users.Select(k => $"`{k.Canonical}` ({KindLabel(k.Entity)})")))
                .Append(".\n\n");
        }

        builder.Append("| Value | Kazakh | Russian |\n");
        builder.Append("| --- | --- | --- |\n");
        foreach (var term in set.Terms)
        {
            builder.Append($"| `{term.Canonical}` | {Forms(term.Kazakh)} | {Forms(term.Russian)} |\n");
        }

        builder.Append('\n');
    }

    private static void AppendSectionTitles(StringBuilder builder)
    {
        builder.Append("<a id=\"section-titles\"></a>\n\n");
        builder.Append("### Section titles\n\n");
        builder.Append("Headings without an ID that group the entities for the reader. They are optional and carry no meaning ")
            .Append("for the checks: the ID's prefix alone says what an entity is. New files and the outline use these titles.\n\n");
        builder.Append("| Section | Kazakh | Russian | Holds |\n");
        builder.Append("| --- | --- | --- | --- |\n");
        foreach (var term in SectionTitles.All.Terms)
        {
            var holds = SectionTitles.KindOf(term) is { } kind ? $"{KindPlural(kind)} (`{kind.Prefix()}-`)" : "—";
            builder.Append($"| `{term.Canonical}` | {Forms(term.Kazakh)} | {Forms(term.Russian)} | {holds} |\n");
        }

        builder.Append('\n');
    }

    /// <summary>A value shape in words, linking to the enumeration or the section that explains it.</summary>
    public static string Describe(ValueShape shape) => shape switch
    {
        ValueShape.Text { AllowsNone: false } => "text",
        ValueShape.Text { AllowsNone: true } => $"text or {NoneLink()}",
        ValueShape.Enumeration { Values: var set, IsList: false } => $"[one of]({Anchor(set)}): {Values(set)}",
        ValueShape.Enumeration { Values: var set, IsList: true } => $"[list of]({Anchor(set)}): {Values(set)}",
        ValueShape.DateTime => "[date-time](#dates-and-times)",
        ValueShape.Period => "[period](#dates-and-times)",
        ValueShape.PeriodWithReason { Reasons: var reasons } => $"[period](#dates-and-times) ([reason]({Anchor(reasons)}): {Values(reasons)})",
        ValueShape.Reference { IsList: true } reference =>
            $"list of {string.Join(" or ", reference.Prefixes.Select(ListNoun))} IDs ({string.Join(", ", reference.Prefixes.Select(p => $"`{p}-`"))}){Roles(reference)}{Words(reference)}",
        ValueShape.Reference reference => $"ID of {string.Join(" or ", reference.Prefixes.Select(Noun))}{Roles(reference)}{Words(reference)}",
        ValueShape.TextOrReference reference => $"text, or ID of {string.Join(" or ", reference.Prefixes.Select(Noun))}",
        _ => throw new InvalidOperationException($"No description for the value shape {shape}."),
    };

    private static string Roles(ValueShape.Reference reference) =>
        reference.RequiredRoles is { Count: > 0 } roles
            ? $" whose role is {string.Join(" or ", roles.Select(r => $"[`{r}`]({Anchor(Terms.Role)})"))}"
            : string.Empty;

    private static string Words(ValueShape.Reference reference) => reference.Words switch
    {
        null => string.Empty,
        var words when words == Terms.None => $", or {NoneLink()}",
        var words => $", or [one of]({Anchor(words)}): {Values(words)}",
    };

    private static string NoneLink() => $"[`none`]({Anchor(Terms.None)})";

    private static string Anchor(TermSet set) => $"#{AnchorOf(set)}";

    private static string Values(TermSet set) => string.Join(", ", set.Terms.Select(t => $"`{t.Canonical}`"));

    private static string Noun(char prefix) => prefix switch
    {
        'P' => "a person (`P-`)",
        'E' => "an evidence item (`E-`)",
        'C' => "a circumstance (`C-`)",
        'M' => "a motion (`M-`)",
        'A' => "a defence argument (`A-`)",
        _ => throw new InvalidOperationException($"Unknown prefix {prefix}."),
    };

    private static string ListNoun(char prefix) => prefix switch
    {
        'P' => "person",
        'E' => "evidence",
        'C' => "circumstance",
        'M' => "motion",
        'A' => "defence argument",
        _ => throw new InvalidOperationException($"Unknown prefix {prefix}."),
    };

    private static string KeysTitle(EntityKind kind) => kind switch
    {
        EntityKind.Case => "Keys of the case (the list under the `#` heading)",
        EntityKind.Person => "Keys of a person (`P-`)",
        EntityKind.Evidence => "Keys of an evidence item (`E-`)",
        EntityKind.Circumstance => "Keys of a circumstance (`C-`)",
        EntityKind.Motion => "Keys of a motion (`M-`)",
        _ => "Keys of a defence argument (`A-`)",
    };

    private static string KindLabel(EntityKind kind) => kind switch
    {
        EntityKind.Case => "case",
        EntityKind.Person => "person",
        EntityKind.Evidence => "evidence",
        EntityKind.Circumstance => "circumstance",
        EntityKind.Motion => "motion",
        _ => "defence argument",
    };

    private static string KindPlural(EntityKind kind) => kind switch
    {
        EntityKind.Person => "persons",
        EntityKind.Evidence => "evidence items",
        EntityKind.Circumstance => "circumstances",
        EntityKind.Motion => "motions",
        EntityKind.Argument => "defence arguments",
        _ => "the case",
    };

    private static string KindSlug(EntityKind kind) => kind.ToString().ToLowerInvariant();

    private static string Forms(IReadOnlyList<string> forms) =>
        forms.Count == 0 ? "—" : string.Join(", ", forms.Select(f => $"`{f}`"));

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
