using System.Text;
using Casefile.Vocabulary;

namespace Casefile.Core.Tests.Vocabulary;

/// <summary>
/// Looking a written key or value up tries the text as written before normalising it; the answer
/// must always be the one normalising first gives, or a spelling would be read differently
/// depending on which path found it.
/// </summary>
public sealed class TermLookupDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "kind", "Kind", "KIND", "testimony", "Testimony", "rights", "explained", "-", "_", " ", "  ", "\t", "‐", "–", "ё", "Ё", "е", "түрі", "ТҮРІ", "вид", "Вид", "права", "разъяснены", "yes", "no", "да", "нет", "иә", "жоқ", "none", "\u00a0", "x",
    ];

    [Fact]
    public void Random_spellings_are_found_as_their_normal_form_finds_them()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in Enum.GetValues<EntityKind>().SelectMany(Keys.For))
        {
            foreach (var form in key.Term.AllForms)
            {
                forms[TermNormalizer.Normalize(form)] = key.ToString();
            }
        }

        foreach (var set in new[] { Terms.YesNo, Terms.None, Terms.EvidenceKind })
        {
            foreach (var term in set.Terms)
            {
                foreach (var form in term.AllForms)
                {
                    forms.TryAdd(TermNormalizer.Normalize(form), term.Canonical);
                }
            }
        }

        var random = new Random(7);
        var found = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var builder = new StringBuilder();
            for (var p = random.Next(1, 5); p > 0; p--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var written = builder.ToString();
            var expected = forms.GetValueOrDefault(TermNormalizer.Normalize(written));
            var actual = TermNormalizer.Find(forms, written);
            Assert.True(expected == actual, $"'{written}': normal form finds {expected ?? "nothing"}, lookup finds {actual ?? "nothing"}");
            found += actual is null ? 0 : 1;
        }

        Assert.True(found > 1000, $"only {found} spellings were found: the pieces no longer make real terms");
    }
}
