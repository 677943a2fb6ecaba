using static Casefile.Vocabulary.Terms;

namespace Casefile.Vocabulary;

/// <summary>Titles of the reading sections (## Persons …). They carry no meaning for analysis; the outline and new-file templates use them.</summary>
public static class SectionTitles
{
    public static readonly TermSet All = new("section", [
        T("Persons", "Тұлғалар|Қатысушылар", "Лица|Участники"),
        T("Evidence", "Дәлелдемелер", "Доказательства"),
        T("Circumstances", "Мән-жайлар|Дәлелденуге-жататын-мән-жайлар", "Обстоятельства|Обстоятельства-подлежащие-доказыванию"),
        T("Motions", "Өтінішхаттар", "Ходатайства"),
        T("Defence arguments", "Қорғау-дәлелдері|Қорғаудың-уәждері", "Доводы-защиты"),
    ]);

    public static EntityKind? KindOf(Term section) => section.Canonical switch
    {
        "Persons" => EntityKind.Person,
        "Evidence" => EntityKind.Evidence,
        "Circumstances" => EntityKind.Circumstance,
        "Motions" => EntityKind.Motion,
        "Defence arguments" => EntityKind.Argument,
        _ => null,
    };
}
