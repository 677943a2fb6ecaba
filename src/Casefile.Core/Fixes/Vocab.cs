using Casefile.Localization;
using Casefile.Vocabulary;

namespace Casefile.Fixes;

/// <summary>Keys and values as a fix writes them: in the file's language.</summary>
internal static class Vocab
{
    public static string Key(EntityKind owner, string canonical, Language language) =>
        Keys.Get(owner, canonical).Term.FormIn(language);

    public static string Value(EntityKind owner, string key, string canonical, Language language) =>
        Keys.Get(owner, key).Shape is ValueShape.Enumeration enumeration
            ? enumeration.Values[canonical].FormIn(language)
            : throw new InvalidOperationException($"{owner}.{key} is not an enumeration.");

    /// <summary>The title of the reading section for a kind of entity, as a person would write it.</summary>
    public static string SectionTitle(EntityKind kind, Language language) => (kind, language) switch
    {
        (EntityKind.Person, Language.Kk) => "Тұлғалар",
        (EntityKind.Person, Language.Ru) => "Лица",
        (EntityKind.Person, _) => "Persons",
        (EntityKind.Evidence, Language.Kk) => "Дәлелдемелер",
        (EntityKind.Evidence, Language.Ru) => "Доказательства",
        (EntityKind.Evidence, _) => "Evidence",
        (EntityKind.Circumstance, Language.Kk) => "Мән-жайлар",
        (EntityKind.Circumstance, Language.Ru) => "Обстоятельства",
        (EntityKind.Circumstance, _) => "Circumstances",
        (EntityKind.Motion, Language.Kk) => "Өтінішхаттар",
        (EntityKind.Motion, Language.Ru) => "Ходатайства",
        (EntityKind.Motion, _) => "Motions",
        (_, Language.Kk) => "Қорғау дәлелдері",
        (_, Language.Ru) => "Доводы защиты",
        _ => "Defence arguments",
    };
}
