using Casefile.Diagnostics;

namespace Casefile.Analysis;

/// <summary>
/// Whether an evidence item may be used (rules.md): it is inadmissible when it carries an
/// unsuppressed error of a paragraph rule, or <c>status: excluded</c>.
/// </summary>
public sealed record Admissibility(bool IsExcluded, IReadOnlyList<Diagnostic> Violations)
{
    public static readonly Admissibility Admissible = new(false, []);

    public bool IsAdmissible => !IsExcluded && Violations.Count == 0;

    /// <summary>The codes that make the item inadmissible, in order.</summary>
    public IEnumerable<string> Codes => Violations.Select(v => v.Code).Distinct();
}
