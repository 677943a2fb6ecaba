using System.Reflection;
using Casefile.Vocabulary;

namespace Casefile.Tests.Vocabulary;

/// <summary>The whole vocabulary as data, for the tests and the generated tables of docs/format.md.</summary>
internal static class Vocabularies
{
    /// <summary>The kinds that carry keys, in the order the format presents them.</summary>
    public static IReadOnlyList<EntityKind> Kinds { get; } = Enum.GetValues<EntityKind>();

    /// <summary>Every key of every kind, in the order of <see cref="Kinds"/> and then of <see cref="Keys.For"/>.</summary>
    public static IEnumerable<KeyDefinition> AllKeys => Kinds.SelectMany(Keys.For);

    /// <summary>
    /// Every enumeration of <see cref="Terms"/>: those the keys use, in the order the keys first use
    /// them, then any other (by name). The section titles are not among them.
    /// </summary>
    public static IReadOnlyList<TermSet> Enumerations { get; } = OrderedEnumerations();

    /// <summary>The enumerations and the section titles: every closed list of terms.</summary>
    public static IEnumerable<TermSet> AllTermSets => Enumerations.Append(SectionTitles.All);

    /// <summary>The term set a shape draws its words from, if any (<c>none</c> for text-or-none).</summary>
    public static TermSet? SetOf(ValueShape shape) => shape switch
    {
        ValueShape.Enumeration enumeration => enumeration.Values,
        ValueShape.PeriodWithReason period => period.Reasons,
        ValueShape.Reference reference => reference.Words,
        ValueShape.Text { AllowsNone: true } => Terms.None,
        _ => null,
    };

    /// <summary>The keys whose values come from <paramref name="set"/>.</summary>
    public static IEnumerable<KeyDefinition> UsersOf(TermSet set) => AllKeys.Where(k => SetOf(k.Shape) == set);

    private static List<TermSet> OrderedEnumerations()
    {
        var declared = typeof(Terms)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(TermSet))
            .Select(f => (TermSet)f.GetValue(null)!)
            .ToList();
        var ordered = AllKeys.Select(k => SetOf(k.Shape)).OfType<TermSet>().Distinct().ToList();
        ordered.AddRange(declared.Except(ordered).OrderBy(s => s.Name, StringComparer.Ordinal));
        return ordered;
    }
}
