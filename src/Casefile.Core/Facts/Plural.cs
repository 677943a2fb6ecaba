using Casefile.Localization;

namespace Casefile.CaseFacts;

/// <summary>The grammatical number a count takes: "1 day", "2 дня", "5 дней".</summary>
public enum PluralForm
{
    One,
    Few,
    Many,
}

/// <summary>
/// Plural forms by CLDR's rules for the languages Casefile speaks: English one/other; Russian
/// one (1, 21, 101 …), few (2–4, 22–24 …), many (the rest); Kazakh keeps a noun after a numeral
/// in the singular, so one form serves.
/// </summary>
public static class Plural
{
    public static PluralForm Of(long count, Language language)
    {
        count = Math.Abs(count);
        return language switch
        {
            Language.Ru => (count % 10, count % 100) switch
            {
                (1, not 11) => PluralForm.One,
                (>= 2 and <= 4, not (>= 12 and <= 14)) => PluralForm.Few,
                _ => PluralForm.Many,
            },
            Language.Kk => PluralForm.Many,
            _ => count == 1 ? PluralForm.One : PluralForm.Many,
        };
    }

    /// <summary>The text "{name}_One", "{name}_Few" or "{name}_Many" for the count, formatted with the arguments.</summary>
    public static string Format(string name, long count, Language language, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.Get($"{name}_{Of(count, language)}", language), arguments);
}
