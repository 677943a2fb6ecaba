namespace Casefile.Vocabulary;

/// <summary>A closed list of terms looked up by any of their spellings.</summary>
public sealed class TermSet
{
    private readonly Dictionary<string, Term> byForm = new(StringComparer.Ordinal);

    public TermSet(string name, IReadOnlyList<Term> terms)
    {
        Name = name;
        Terms = terms;
        foreach (var term in terms)
        {
            foreach (var form in term.AllForms)
            {
                var normalized = TermNormalizer.Normalize(form);
                if (byForm.TryGetValue(normalized, out var existing) && existing != term)
                {
                    throw new InvalidOperationException($"'{form}' means both '{existing.Canonical}' and '{term.Canonical}' in {name}.");
                }

                byForm[normalized] = term;
            }
        }
    }

    public string Name { get; }

    public IReadOnlyList<Term> Terms { get; }

    public Term? Find(ReadOnlySpan<char> written) => TermNormalizer.Find(byForm, written);

    public Term this[string canonical] => Terms.First(t => t.Canonical == canonical);

    /// <summary>Every accepted spelling, for "did you mean" suggestions.</summary>
    public IEnumerable<(string Form, Term Term)> Forms => byForm.Select(pair => (pair.Key, pair.Value));
}
