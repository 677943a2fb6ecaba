using System.Globalization;
using System.Resources;

namespace Casefile.Localization;

/// <summary>The localised texts in Localization/Messages*.resx (en, kk, ru).</summary>
public static class Strings
{
    private static readonly ResourceManager Resources = new("Casefile.Localization.Messages", typeof(Strings).Assembly);
    private static readonly CultureInfo Kazakh = CultureInfo.GetCultureInfo("kk");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    public static string Get(string name, Language language) =>
        TryGet(name, language) ?? throw new KeyNotFoundException($"No text '{name}' in Messages.resx.");

    public static string? TryGet(string name, Language language) => Resources.GetString(name, Culture(language));

    /// <summary>The text in exactly this language, without falling back to English.</summary>
    public static string? GetExact(string name, Language language)
    {
        var set = Resources.GetResourceSet(Culture(language), createIfNotExists: true, tryParents: false);
        return set?.GetString(name);
    }

    private static CultureInfo Culture(Language language) => language switch
    {
        Language.Kk => Kazakh,
        Language.Ru => Russian,
        _ => CultureInfo.InvariantCulture,
    };

    /// <summary>Every resource name of the neutral (English) file.</summary>
    public static IEnumerable<string> Names()
    {
        var set = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal);
    }
}
