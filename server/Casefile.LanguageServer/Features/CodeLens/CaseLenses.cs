using Casefile.Analysis;
using Casefile.CaseFacts;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.LanguageServer.Features.CodeLens;

/// <summary>One lens: the heading it stands above and its text.</summary>
public sealed record CaseLens(TextSpan Span, string Title);

/// <summary>
/// What the lenses of a case file say: on each evidence item whether it is admissible (or which
/// rules exclude it) and which circumstances it proves; on each circumstance how many admissible
/// items prove it (para 4); on the case heading the count for the whole case.
/// </summary>
public static class CaseLenses
{
    public static IReadOnlyList<CaseLens> For(FileAnalysis file, Func<Evidence, Admissibility> admissibility, Language language)
    {
        var lenses = new List<CaseLens>();
        var model = file.Model;
        if (model.Syntax.CaseHeading is { } heading)
        {
            var evidence = model.Group.Files.SelectMany(f => f.Evidence).ToList();
            if (evidence.Count > 0)
            {
                var admissible = evidence.Count(e => admissibility(e).IsAdmissible);
                lenses.Add(new CaseLens(heading.ContentSpan, FactTexts.CaseSummary(admissible, evidence.Count - admissible, language)));
            }
        }

        foreach (var entity in model.Entities)
        {
            switch (entity)
            {
                case Evidence evidence:
                    lenses.Add(new CaseLens(entity.HeadingSpan, FactTexts.Admissibility(admissibility(evidence), language)));
                    var proves = evidence.Attributes.References("proves").Select(r => r.Id).Distinct().ToList();
                    lenses.Add(new CaseLens(entity.HeadingSpan, FactTexts.Proves(proves, language)));
                    break;
                case Circumstance circumstance:
                    lenses.Add(new CaseLens(entity.HeadingSpan, FactTexts.ProvedBy(ProofCount.Of(circumstance, admissibility), language)));
                    break;
            }
        }

        return lenses;
    }

    /// <summary>
    /// Admissibility across the files of a folder: a circumstance may be proved by evidence
    /// defined in another file of the same case.
    /// </summary>
    public static Func<Evidence, Admissibility> AdmissibilityIn(FolderAnalysis folder)
    {
        var byModel = folder.Files.Values.ToDictionary(f => f.Analysis.Model, f => f.Analysis);
        return evidence => byModel.TryGetValue(evidence.File, out var analysis) ? analysis.AdmissibilityOf(evidence) : Admissibility.Admissible;
    }
}
