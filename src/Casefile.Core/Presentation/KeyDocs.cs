using System.Text.RegularExpressions;
using Casefile.Localization;
using Casefile.Resolution;
using Casefile.Vocabulary;

namespace Casefile.Presentation;

/// <summary>
/// What a key and its values mean, in the reader's language: the texts <c>Key_&lt;Entity&gt;_&lt;key&gt;</c>
/// and <c>Value_&lt;set&gt;_&lt;value&gt;</c> of Messages.resx, and the paragraphs of the resolution whose
/// rules read the key. Shared by hovers and by anything else that documents keys (completion).
/// </summary>
public static partial class KeyDocs
{
    /// <summary>
    /// Paragraphs whose rules read a key although its meaning does not cite them (dates, roles,
    /// the case's periods …); <see cref="KeyDefinition.Meaning"/>'s "(para …)" gives the rest.
    /// Taken from the rules (rules.md): a key is listed where a rule's condition names it.
    /// </summary>
    private static readonly Dictionary<(EntityKind, string), string[]> ReadBy = new()
    {
        [(EntityKind.Case, "procedure")] = ["12"],
        [(EntityKind.Case, "stage")] = ["26"],
        [(EntityKind.Case, "registered")] = ["18", "23-1"],
        [(EntityKind.Case, "deadline")] = ["18"],
        [(EntityKind.Case, "interruption")] = ["18"],
        [(EntityKind.Case, "familiarization")] = ["18"],
        [(EntityKind.Case, "indictment-sent")] = ["18"],
        [(EntityKind.Case, "sent-to-court")] = ["18"],
        [(EntityKind.Case, "withdrawn-for-termination")] = ["11"],
        [(EntityKind.Case, "terminated")] = ["11"],
        [(EntityKind.Person, "role")] = ["10", "12", "15", "16", "21", "22", "25"],
        [(EntityKind.Person, "authorized")] = ["15", "16"],
        [(EntityKind.Person, "competence")] = ["16-1"],
        [(EntityKind.Person, "interested")] = ["16-1"],
        [(EntityKind.Person, "removal-grounds")] = ["10"],
        [(EntityKind.Person, "refused-to-testify")] = ["13"],
        [(EntityKind.Person, "convicted-in-separated-case")] = ["25"],
        [(EntityKind.Person, "warned-of-liability")] = ["25"],
        [(EntityKind.Evidence, "action")] = ["18"],
        [(EntityKind.Evidence, "person")] = ["10", "12", "13", "15", "16-1", "22", "25"],
        [(EntityKind.Evidence, "date")] = ["11", "15", "18", "22", "23-1"],
        [(EntityKind.Evidence, "start")] = ["11", "15", "18", "22", "23-1"],
        [(EntityKind.Evidence, "end")] = ["15"],
        [(EntityKind.Evidence, "status")] = ["4", "26"],
        [(EntityKind.Evidence, "collected-by")] = ["8", "18"],
        [(EntityKind.Evidence, "place")] = ["15", "18"],
        [(EntityKind.Circumstance, "charged")] = ["4", "12"],
        [(EntityKind.Motion, "type")] = ["5"],
        [(EntityKind.Motion, "target")] = ["5"],
        [(EntityKind.Motion, "form")] = ["5"],
        [(EntityKind.Motion, "transcript")] = ["5"],
        [(EntityKind.Argument, "refuted-by")] = ["26"],
    };

    /// <summary>The key's meaning in the language; the English source when no text exists.</summary>
    public static string Meaning(KeyDefinition key, Language language) =>
        Strings.TryGet(MeaningName(key), language) ?? MeaningPattern().Replace(key.Meaning, string.Empty);

    /// <summary>The resource name of a key's meaning: <c>Key_Evidence_conducted-by</c>.</summary>
    public static string MeaningName(KeyDefinition key) => $"Key_{key.Entity}_{key.Canonical}";

    /// <summary>The paragraphs of the resolution whose rules read the key, in the resolution's order.</summary>
    public static IReadOnlyList<string> Paragraphs(KeyDefinition key)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in MeaningPattern().Matches(key.Meaning))
        {
            foreach (var number in match.Groups["numbers"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                found.Add(number);
            }
        }

        if (ReadBy.TryGetValue((key.Entity, key.Canonical), out var more))
        {
            found.UnionWith(more);
        }

        return ResolutionTexts.ParagraphNumbers.Where(found.Contains).ToList();
    }

    /// <summary>What a value means, where that is worth saying (a place barred by para 15, an urgent situation …); null otherwise.</summary>
    public static string? ValueMeaning(TermSet set, Term value, Language language) =>
        Strings.TryGet(ValueMeaningName(set, value), language);

    public static string ValueMeaningName(TermSet set, Term value) => $"Value_{set.Name}_{value.Canonical}";

    /// <summary>The closed lists of words a key's value may hold: its enumeration, the words beside IDs (none, personal …), the reasons of a period.</summary>
    public static IEnumerable<TermSet> WordSets(ValueShape shape) => shape switch
    {
        ValueShape.Enumeration e => [e.Values],
        ValueShape.Reference { Words: { } words } => [words],
        ValueShape.PeriodWithReason p => [p.Reasons],
        ValueShape.Text { AllowsNone: true } => [Terms.None],
        _ => [],
    };

    /// <summary>The meaning's trailing "(para 15)" or "(paras 15, 22)".</summary>
    [GeneratedRegex(@"\s*\(paras? (?<numbers>[0-9]+(?:-[0-9]+)?(?:, [0-9]+(?:-[0-9]+)?)*)\)(?=\.?$)", RegexOptions.CultureInvariant)]
    private static partial Regex MeaningPattern();
}
