using System.Numerics;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>
/// The attributes of the case or of an entity. The first occurrence of a key is the one that
/// counts (a non-repeatable key given twice is CF0009); typed accessors return null when the key
/// is absent, empty or unreadable, so that rules only ever see facts.
/// </summary>
public sealed class AttributeBag
{
    internal AttributeBag(EntityKind owner, IReadOnlyList<BoundAttribute> attributes, IReadOnlyList<AttributeSyntax> unknown)
    {
        Owner = owner;
        All = attributes;
        Unknown = unknown;
        foreach (var attribute in attributes)
        {
            var bit = attribute.Key.Ordinal is >= 0 and < 64 ? 1UL << attribute.Key.Ordinal : 0;
            HasRepeatedKeys |= bit == 0 || (present & bit) != 0;
            HasProblems |= attribute.Problems.Count > 0;
            HasPeriods |= attribute.Value is PeriodValue;
            present |= bit;
        }

        firstByRank = attributes.Count == 0 ? [] : new BoundAttribute[BitOperations.PopCount(present)];
        for (var i = attributes.Count - 1; i >= 0; i--)
        {
            // From the last to the first, so that the first occurrence of a key is the one kept.
            if (attributes[i].Key.Ordinal is >= 0 and < 64 and var ordinal)
            {
                firstByRank[Rank(ordinal)] = attributes[i];
            }
        }
    }

    // Which keys the bag holds, by ordinal: most questions rules ask are about keys that are
    // absent, and the mask answers those without a scan.
    private readonly ulong present;

    // The first attribute of each key the bag holds, in the order of the keys' ordinals: a key's
    // place is the number of present keys before it, so a lookup reads one slot and never walks
    // the attributes (each a separate object, and a cache miss on a large case).
    private readonly BoundAttribute[] firstByRank;

    public EntityKind Owner { get; }

    // What the format rules look for, noted while the bag is built, so that they pass over the
    // bags without it instead of walking every attribute of the case again.
    internal bool HasRepeatedKeys { get; }

    internal bool HasProblems { get; }

    internal bool HasPeriods { get; }

    /// <summary>Every attribute with a known key, in source order, repeats included.</summary>
    public IReadOnlyList<BoundAttribute> All { get; }

    /// <summary>Attributes whose key the format does not know (CF0002).</summary>
    public IReadOnlyList<AttributeSyntax> Unknown { get; }

    /// <summary>The attribute that counts for a key, even when its value is empty or unreadable.</summary>
    public BoundAttribute? this[string canonical]
    {
        get
        {
            var key = Keys.FindCanonical(Owner, canonical);
            if (key is { Ordinal: >= 0 and < 64 and var ordinal })
            {
                return (present & (1UL << ordinal)) == 0 ? null : firstByRank[Rank(ordinal)];
            }

            foreach (var attribute in All)
            {
                if (string.Equals(attribute.Key.Canonical, canonical, StringComparison.Ordinal))
                {
                    return attribute;
                }
            }

            return null;
        }
    }

    private int Rank(int ordinal) => BitOperations.PopCount(present & ((1UL << ordinal) - 1));

    public bool Has(string canonical) => this[canonical] is { IsEmpty: false };

    public IEnumerable<BoundAttribute> Every(string canonical) => All.Where(a => a.Key.Canonical == canonical);

    public Term? Term(string canonical) => this[canonical]?.Value is TermValue term ? term.Term : null;

    public bool Is(string canonical, string value) => Term(canonical)?.Canonical == value;

    /// <summary>true for yes, false for no, null when absent or unreadable.</summary>
    public bool? YesNo(string canonical) => Term(canonical)?.Canonical switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    public CaseDateTime? Date(string canonical) => this[canonical]?.Value is DateValue date ? date.Value : null;

    public CasePeriod? Period(string canonical) => this[canonical]?.Value is PeriodValue period ? period.Value : null;

    /// <summary>Free text; null when absent, empty or the word "none".</summary>
    public string? Text(string canonical) => this[canonical]?.Value is TextValue text ? text.Text : null;

    /// <summary>The key holds the word "none" in any language.</summary>
    public bool IsNone(string canonical) => Term(canonical)?.Canonical == "none";

    public ReferenceValue? Reference(string canonical) => this[canonical]?.Value as ReferenceValue;

    public IReadOnlyList<ReferenceValue> References(string canonical) => this[canonical]?.Value switch
    {
        ReferenceListValue list => list.Items,
        ReferenceValue single => [single],
        _ => [],
    };

    public IReadOnlyList<Term> Terms(string canonical) => this[canonical]?.Value switch
    {
        TermListValue list => list.Items.Select(i => i.Term).ToList(),
        TermValue single => [single.Term],
        _ => [],
    };

    public T? Target<T>(string canonical)
        where T : Entity => Reference(canonical)?.Target as T;

    public IReadOnlyList<T> Targets<T>(string canonical)
        where T : Entity => References(canonical).Select(r => r.Target).OfType<T>().ToList();
}
