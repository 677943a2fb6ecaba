using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Analysis;

/// <summary>The outcome for one file: its model, its diagnostics (suppressed ones flagged) and the admissibility of its evidence.</summary>
public sealed class FileAnalysis
{
    internal FileAnalysis(CaseFile model, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<Evidence, Admissibility> admissibility)
    {
        Model = model;
        AllDiagnostics = diagnostics;
        AdmissibilityByEvidence = admissibility;
    }

    public CaseFile Model { get; }

    public string Path => Model.Path;

    /// <summary>Every diagnostic, suppressed ones included, in source order.</summary>
    public IReadOnlyList<Diagnostic> AllDiagnostics { get; }

    /// <summary>What a user is shown: the diagnostics no comment silences.</summary>
    public IEnumerable<Diagnostic> Diagnostics => AllDiagnostics.Where(d => !d.IsSuppressed);

    public IReadOnlyDictionary<Evidence, Admissibility> AdmissibilityByEvidence { get; }

    public Admissibility AdmissibilityOf(Evidence evidence) =>
        AdmissibilityByEvidence.TryGetValue(evidence, out var result) ? result : Admissibility.Admissible;
}
