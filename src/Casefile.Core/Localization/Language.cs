namespace Casefile.Localization;

/// <summary>The languages Casefile speaks: messages, hovers and translations.</summary>
public enum Language
{
    En,
    Kk,
    Ru,
}

public static class Languages
{
    public static IReadOnlyList<Language> All { get; } = [Language.Kk, Language.Ru, Language.En];

    public static string Code(this Language language) => language switch
    {
        Language.Kk => "kk",
        Language.Ru => "ru",
        _ => "en",
    };

    /// <summary>Accepts "kk", "ru", "en" and locale tags such as "ru-RU" or "kk-KZ"; null otherwise.</summary>
    public static Language? TryParse(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "kk" or "kz" => Language.Kk,
            "ru" => Language.Ru,
            "en" => Language.En,
            _ => null,
        };
    }
}
