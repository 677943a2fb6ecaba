namespace Casefile.Generator;

/// <summary>Kazakh and Russian names as they are written in case files, to give headings realistic lengths and letters.</summary>
internal static class Names
{
    // One script per person: a name is written either in Latin letters or in Cyrillic ones, as in a protocol.
    private static readonly (string[] Surnames, string[] GivenNames)[] Scripts =
    [
        (["Abenov", "Sultanov", "Zhunusov", "Tokenov", "Sadykov", "Baizhanov", "Iskakova", "Muratova", "Kim", "Ospanov", "Seitova", "Rakhimov"],
         ["Nurlan", "Daniyar", "Aida", "Marat", "Yerlan", "Arman", "Kairat", "Saule", "Timur", "Gulnar"]),
        (["Дюсенов", "Ахметова", "Серікбаев", "Жақыпова", "Омаров", "Ермеков", "Құдайбергенов", "Сейітқали", "Иванов", "Петрова"],
         ["Бауыржан", "Әсем", "Дина", "Ерлан", "Сергей", "Айгүл", "Нұрсұлтан", "Мадина", "Ольга", "Қайрат"]),
    ];

    public static string Pick(Random random)
    {
        var (surnames, givenNames) = Scripts[random.Next(Scripts.Length)];
        return $"{surnames[random.Next(surnames.Length)]} {givenNames[random.Next(givenNames.Length)]}";
    }
}
