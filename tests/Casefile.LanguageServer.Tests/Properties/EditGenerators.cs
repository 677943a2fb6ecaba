using CsCheck;

namespace Casefile.LanguageServer.Tests.Properties;

/// <summary>
/// Random case files and random editing sessions on them: English, Kazakh and Russian lines,
/// characters outside the Basic Multilingual Plane (emoji, 𝔸, a ZWJ sequence), LF, CRLF and
/// lone CR line ends, and edits that aim at the awkward places of a line.
/// </summary>
public static class EditGenerators
{
    private static readonly string[] Headings =
    [
        "# Criminal case 245100031000123",
        "# Қылмыстық іс № 247511031004512",
        "# Уголовное дело № 247100151000318 😀",
    ];

    private static readonly string[] Lines =
    [
        string.Empty,
        "- case: 245100031000123",
        "- іс: 247511031004512",
        "- дело: 247100151000318",
        "- registered: 2024-03-01 10:15",
        "- тіл: kk",
        "- язык: ru",
        "## Persons",
        "## Тұлғалар",
        "### P-1 Bekov Bolat 😀",
        "- role: suspect",
        "- рөлі: күдікті",
        "- роль: свидетель",
        "### P-7 Seitov Arman",
        "- role: investigator",
        "### E-1 Interrogation of the suspect 𝔸",
        "### E-3 Показания потерпевшей",
        "- kind: testimony",
        "- вид: показания",
        "- person: P-1",
        "- conducted-by: P-7",
        "- start: 2024-03-02 23:10",
        "- end: 2024-03-03 04:30",
        "- lawyer: none",
        "- rights-explained: no",
        "- proves: C-1",
        "### C-1 The event of the crime",
        "- element: event",
        "- charged: yes",
        "- colour: red 👩‍⚖️",
        "Жәбірленуші 𝔸𝔹 туралы проза, ж және қ.",
        "<!-- casefile-ignore CF1504: agreed with the prosecutor -->",
    ];

    private static readonly string[] Fragments =
    [
        "x", " ", "-", ":", "#", "1", "ж", "қ", "ө", "Ы", "😀", "𝔸", "👩‍⚖️", "\u0301",
        "\n", "\r\n", "\r",
        "- role: witness", "- рөлі: куә", "### E-2 Осмотр ", "### P-", "- kind: ", "testimony", "P-1", "2024-03-02 23:10",
        "\n- lawyer: none", "\r\n### C-2 Ещё 😀\r\n",
    ];

    private static readonly Gen<string> LineEnd = Gen.Frequency((6, "\n"), (4, "\r\n"), (1, "\r"));

    /// <summary>A whole document: a case heading, then lines of a case file each with its own line end, the last maybe without.</summary>
    public static readonly Gen<string> Document = Gen.Select(
        Gen.OneOf(Headings),
        Gen.Select(Gen.OneOf(Lines), LineEnd).Array[0, 24],
        LineEnd,
        Gen.Bool,
        (heading, lines, firstEnd, endsWithBreak) =>
        {
            var text = heading + firstEnd + string.Concat(lines.Select(l => l.Item1 + l.Item2));
            return endsWithBreak ? text : text.TrimEnd('\r', '\n');
        });

    /// <summary>What is typed or pasted: one to three fragments, characters or pieces of a case file.</summary>
    public static readonly Gen<string> Typed = Gen.OneOf(Fragments).Array[1, 3].Select(string.Concat);

    private static readonly Gen<PositionIntent> Position = Gen.Select(
        Gen.Frequency((8, Spot.Anywhere), (1, Spot.LineStart), (2, Spot.LineEnd), (2, Spot.PastLineEnd), (3, Spot.InsideCharacter), (1, Spot.PastLastLine)),
        Gen.Int[0, 1000],
        Gen.Int[0, 1000],
        (spot, line, column) => new PositionIntent(spot, line, column));

    private static readonly Gen<EditIntent> Edit = Gen.Frequency(
        (5, Gen.Select(Position, Typed, (p, t) => new EditIntent(EditKind.Insert, p, p, t))),
        (3, Gen.Select(Position, Position, (s, e) => new EditIntent(EditKind.Delete, s, e, string.Empty))),
        (3, Gen.Select(Position, Position, Typed, (s, e, t) => new EditIntent(EditKind.Replace, s, e, t))),
        (1, Gen.Select(Position, Position, Typed, (s, e, t) => new EditIntent(EditKind.Reversed, s, e, t))),
        (1, Document.Select(d => new EditIntent(EditKind.Full, new PositionIntent(Spot.LineStart, 0, 0), new PositionIntent(Spot.LineStart, 0, 0), d))));

    /// <summary>An opened document and the didChange notifications that follow, each with one to three content changes.</summary>
    public static Gen<(string Document, EditIntent[][] Changes)> Session(int minChanges, int maxChanges) =>
        Gen.Select(Document, Edit.Array[1, 3].Array[minChanges, maxChanges]);

    /// <summary>A session as a failure report shows it (the edits themselves, resolved, are in the assertion's message).</summary>
    public static string Describe((string Document, EditIntent[][] Changes) session) =>
        $"document \"{ClientEdit.Visible(session.Document)}\" then {session.Changes.Length} didChange ({session.Changes.Sum(c => c.Length)} content changes)";
}
