using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Analysis;

/// <summary>
/// The one analysis the CLI and the server share: model, fact rules, severities and
/// suppressions, admissibility, then the rules that reason over admissibility.
/// </summary>
public static class Analyzer
{
    public static FileAnalysis AnalyzeText(string path, string text, RuleSettings? settings = null) =>
        Analyze([CaseFileParser.Parse(path, text)], _ => settings ?? RuleSettings.Default).Files[0];

    public static AnalysisResult Analyze(
        IReadOnlyList<CaseFileSyntax> syntaxes,
        Func<string, RuleSettings>? settingsFor = null,
        IReadOnlyList<Rule>? rules = null,
        CancellationToken cancellationToken = default)
    {
        settingsFor ??= _ => RuleSettings.Default;
        rules ??= RuleCatalog.All;
        var models = ModelBuilder.Build(syntaxes);
        var results = new Dictionary<CaseFile, FileAnalysis>();

        foreach (var group in models.Select(m => m.Group).Distinct())
        {
            var diagnostics = group.Files.ToDictionary(f => f, _ => new List<Diagnostic>());
            var suppressions = group.Files.ToDictionary(f => f, f => new SuppressionIndex(f));
            var settings = group.Files.ToDictionary(f => f, f => settingsFor(f.Path));

            foreach (var file in group.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(rules.Where(r => r.Phase == RulePhase.Facts), file, diagnostics[file], suppressions[file], settings[file], null, cancellationToken);
            }

            var admissibility = ComputeAdmissibility(group, diagnostics);
            Admissibility AdmissibilityOf(Evidence e) => admissibility.TryGetValue(e, out var a) ? a : Admissibility.Admissible;

            foreach (var file in group.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(rules.Where(r => r.Phase == RulePhase.Admissibility), file, diagnostics[file], suppressions[file], settings[file], AdmissibilityOf, cancellationToken);
                var ordered = diagnostics[file]
                    .OrderBy(d => d.Span.Start)
                    .ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ToList();
                var own = admissibility.Where(p => p.Key.File == file).ToDictionary(p => p.Key, p => p.Value);
                results[file] = new FileAnalysis(file, ordered, own);
            }
        }

        return new AnalysisResult(models.Select(m => results[m]).ToList());
    }

    private static void Run(
        IEnumerable<Rule> rules,
        CaseFile file,
        List<Diagnostic> output,
        SuppressionIndex suppressions,
        RuleSettings settings,
        Func<Evidence, Admissibility>? admissibility,
        CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            // Per rule, so that an analysis made stale by the next keystroke stops within a rule's time, not a whole phase's.
            cancellationToken.ThrowIfCancellationRequested();
            var level = settings.LevelOf(rule.Descriptor.Code);
            if (level is { IsOff: true })
            {
                continue;
            }

            var raw = new List<Diagnostic>();
            var context = new RuleContext(rule, file, raw, admissibility);
            rule.Check(context);
            foreach (var diagnostic in raw)
            {
                output.Add(diagnostic with
                {
                    Severity = level?.Severity ?? diagnostic.Severity,
                    SuppressionReason = suppressions.ReasonFor(diagnostic),
                });
            }
        }
    }

    /// <summary>
    /// Inadmissible: an unsuppressed error of a paragraph rule on the item, or status excluded
    /// (rules.md). Warnings, downgraded and suppressed diagnostics never count.
    /// </summary>
    private static Dictionary<Evidence, Admissibility> ComputeAdmissibility(CaseGroup group, Dictionary<CaseFile, List<Diagnostic>> diagnostics)
    {
        var result = new Dictionary<Evidence, Admissibility>();
        foreach (var file in group.Files)
        {
            var byEntity = diagnostics[file]
                .Where(d => d.Rule.IsParagraphRule && d.Severity == Severity.Error && !d.IsSuppressed && d.Entity is not null)
                .ToLookup(d => d.Entity!.Value);
            var ofTwins = ViolationsOfTwins(file, byEntity);
            foreach (var evidence in file.Evidence)
            {
                var violations = ofTwins is not null && ofTwins.TryGetValue(evidence, out var own) ? own : byEntity[evidence.Id].ToList();
                if (evidence.IsExcluded || violations.Count > 0)
                {
                    result[evidence] = new Admissibility(evidence.IsExcluded, violations);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// An ID defined twice or more in a file (CF0005): each of its evidence items answers for the
    /// diagnostics in its own text, the first for those elsewhere. Giving each item every
    /// diagnostic of its ID made a file of copies of one item quadratic in time and memory.
    /// Null when the file defines no evidence ID twice.
    /// </summary>
    private static Dictionary<Evidence, List<Diagnostic>>? ViolationsOfTwins(CaseFile file, ILookup<Syntax.EntityId, Diagnostic> byEntity)
    {
        Dictionary<Evidence, List<Diagnostic>>? result = null;
        foreach (var twins in file.Evidence.GroupBy(e => e.Id).Where(g => g.Skip(1).Any()))
        {
            result ??= new Dictionary<Evidence, List<Diagnostic>>(ReferenceEqualityComparer.Instance);
            var items = twins.ToList();
            var starts = items.Select(e => e.Syntax.FullSpan.Start).ToArray();
            foreach (var item in items)
            {
                result[item] = [];
            }

            foreach (var diagnostic in byEntity[twins.Key])
            {
                var index = Array.BinarySearch(starts, diagnostic.Span.Start);
                index = index >= 0 ? index : ~index - 1;
                var owner = index >= 0 && diagnostic.Span.End <= items[index].Syntax.FullSpan.End ? items[index] : items[0];
                result[owner].Add(diagnostic);
            }
        }

        return result;
    }
}
