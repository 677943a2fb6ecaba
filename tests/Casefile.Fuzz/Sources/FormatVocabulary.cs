using Casefile.Analysis;
using Casefile.Vocabulary;

namespace Casefile.Fuzz.Sources;

/// <summary>
/// The words of the format, taken from Core's vocabulary (never a copy of it): every spelling of
/// every key per entity kind, every spelling of every value a key takes, the section titles and
/// the rule codes. The random texts and the mutations draw from these, so that fuzzing reaches
/// the rules rather than stopping at "unknown key".
/// </summary>
public static class FormatVocabulary
{
    public static readonly EntityKind[] EntityKinds = [EntityKind.Person, EntityKind.Evidence, EntityKind.Circumstance, EntityKind.Motion, EntityKind.Argument];

    private static readonly Dictionary<EntityKind, KeyDefinition[]> KeysByKind =
        Enum.GetValues<EntityKind>().ToDictionary(k => k, k => Keys.For(k).ToArray());

    /// <summary>Every key spelling of every kind, then every value spelling, then section titles and codes: the dictionary of tokens mutations insert.</summary>
    public static IReadOnlyList<string> Tokens { get; } = BuildTokens();

    public static IReadOnlyList<string> Codes { get; } = RuleCatalog.Descriptors.Select(d => d.Code).ToList();

    public static IReadOnlyList<string> SectionTitleForms { get; } = SectionTitles.All.Terms.SelectMany(t => t.AllForms).ToList();

    public static IReadOnlyList<KeyDefinition> KeysOf(EntityKind kind) => KeysByKind[kind];

    /// <summary>A spelling of a term: English half the time, else Kazakh or Russian, sometimes in other capitals or with '_' or ' ' for '-'.</summary>
    public static string Spell(Term term, Random random)
    {
        var forms = random.Next(4) switch
        {
            0 or 1 => [term.Canonical],
            2 => term.Kazakh,
            _ => term.Russian,
        };
        var form = forms.Count > 0 ? forms[random.Next(forms.Count)] : term.Canonical;
        return random.Next(10) switch
        {
            0 => form.ToUpperInvariant(),
            1 => form.Replace('-', '_'),
            2 => form.Replace('-', ' '),
            3 => form.Replace('е', 'ё'),
            _ => form,
        };
    }

    /// <summary>Every spelling of the values a key's shape accepts (empty for free text, dates and periods).</summary>
    public static IEnumerable<Term> ValueTerms(ValueShape shape) => shape switch
    {
        ValueShape.Enumeration e => e.Values.Terms,
        ValueShape.Reference { Words: { } words } => words.Terms,
        ValueShape.PeriodWithReason p => p.Reasons.Terms,
        _ => [],
    };

    private static List<string> BuildTokens()
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in KeysByKind.Values.SelectMany(k => k))
        {
            tokens.UnionWith(key.Term.AllForms);
            foreach (var term in ValueTerms(key.Shape))
            {
                tokens.UnionWith(term.AllForms);
            }
        }

        tokens.UnionWith(SectionTitles.All.Terms.SelectMany(t => t.AllForms));
        tokens.UnionWith(RuleCatalog.Descriptors.Select(d => d.Code));
        return [.. tokens.Order(StringComparer.Ordinal)];
    }
}
