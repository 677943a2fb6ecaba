using Casefile.Localization;

namespace Casefile.Vocabulary;

/// <summary>A key or an enumerated value: its canonical English form and its Kazakh and Russian aliases.</summary>
public sealed class Term
{
    public Term(string canonical, IReadOnlyList<string> kazakh, IReadOnlyList<string> russian)
    {
        Canonical = canonical;
        Kazakh = kazakh;
        Russian = russian;
    }

    public string Canonical { get; }

    public IReadOnlyList<string> Kazakh { get; }

    public IReadOnlyList<string> Russian { get; }

    /// <summary>Every accepted spelling: canonical first.</summary>
    public IEnumerable<string> AllForms => new[] { Canonical }.Concat(Kazakh).Concat(Russian);

    /// <summary>The form to write in a file of the given language (the first alias).</summary>
    public string FormIn(Language language) => language switch
    {
        Language.Kk when Kazakh.Count > 0 => Kazakh[0],
        Language.Ru when Russian.Count > 0 => Russian[0],
        _ => Canonical,
    };

    public override string ToString() => Canonical;
}
