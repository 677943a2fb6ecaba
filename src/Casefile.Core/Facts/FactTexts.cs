using System.Globalization;
using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;

// The folder is Facts; the namespace is CaseFacts because a namespace Casefile.Facts would hide
// the rules' own helper class Casefile.Rules.Paragraph22.Facts from the rules that use it.
namespace Casefile.CaseFacts;

/// <summary>
/// The computed facts as an editor shows them next to the text (code lenses, inlay hints), in
/// the user's language. Kept free of any editor protocol so that the CLI or a test can use them.
/// </summary>
public static class FactTexts
{
    /// <summary>"admissible", "inadmissible: CF1504 (para 15), CF1001 (para 10)", "excluded".</summary>
    public static string Admissibility(Admissibility admissibility, Language language)
    {
        if (admissibility.IsAdmissible)
        {
            return Strings.Get("Lens_Admissible", language);
        }

        var codes = string.Join(", ", admissibility.Violations
            .Select(v => v.Rule)
            .DistinctBy(r => r.Code)
            .Select(r => r.Paragraph is { } paragraph ? Format("Lens_CodeWithParagraph", language, r.Code, paragraph) : r.Code));
        return admissibility.IsExcluded
            ? codes.Length == 0 ? Strings.Get("Lens_Excluded", language) : Format("Lens_ExcludedAndInadmissible", language, codes)
            : Format("Lens_Inadmissible", language, codes);
    }

    /// <summary>"proves C-1, C-3", or that it proves no circumstance.</summary>
    public static string Proves(IReadOnlyList<EntityId> circumstances, Language language) =>
        circumstances.Count == 0
            ? Strings.Get("Lens_ProvesNothing", language)
            : Format("Lens_Proves", language, string.Join(", ", circumstances));

    /// <summary>"proved by 2 admissible of 3 items"; a warning sign when no admissible item proves it.</summary>
    public static string ProvedBy(ProofCount count, Language language) => count switch
    {
        { Total: 0 } => Strings.Get("Lens_NoEvidence", language),
        { Admissible: 0 } => Format("Lens_NoAdmissibleEvidence", language, count.Total),
        _ => Plural.Format("Lens_ProvedBy", count.Total, language, count.Admissible, count.Total),
    };

    /// <summary>"evidence: 5 admissible, 2 inadmissible", for the case as a whole.</summary>
    public static string CaseSummary(int admissible, int inadmissible, Language language) =>
        Format("Lens_CaseSummary", language, admissible, inadmissible);

    /// <summary>"5 h 20 min".</summary>
    public static string Duration(TimeSpan duration, Language language) => new LocalizedDuration(duration).Format(language);

    /// <summary>"night 22:00–06:00: 5 h 20 min".</summary>
    public static string Night(TimeSpan atNight, Language language) => Format("InlayHint_Night", language, Duration(atNight, language));

    /// <summary>"at night (22:00–06:00)": an action that began at night and has no known end.</summary>
    public static string BeganAtNight(Language language) => Strings.Get("InlayHint_BeganAtNight", language);

    /// <summary>"day 2 of the investigation", "3 days before registration", "before registration".</summary>
    public static string Day(InvestigationDay day, Language language) => day switch
    {
        { IsBeforeRegistration: false } => Format("InlayHint_Day", language, day.Number),
        { DaysBeforeRegistration: 0 } => Strings.Get("InlayHint_BeforeRegistrationSameDay", language),
        _ => Plural.Format("InlayHint_BeforeRegistration", day.DaysBeforeRegistration, language, day.DaysBeforeRegistration),
    };

    /// <summary>"61 days to the deadline".</summary>
    public static string DaysToDeadline(int days, Language language) => Plural.Format("InlayHint_DaysToDeadline", days, language, days);

    public static string Format(string name, Language language, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Strings.Get(name, language), arguments);
}
