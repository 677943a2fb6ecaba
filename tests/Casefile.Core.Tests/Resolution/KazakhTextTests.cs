using System.Text.RegularExpressions;
using Casefile.Localization;
using Casefile.Resolution;

namespace Casefile.Tests.Resolution;

/// <summary>The shipped (embedded) official Kazakh text: structure and a few sentences pinned verbatim.</summary>
public class KazakhTextTests
{
    [Fact]
    public void ParagraphNumbers_AreTheThirtyOneNumbersInOrder()
    {
        Assert.Equal(
            [
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "16-1", "16-2",
                "17", "18", "19", "20", "21", "22", "23", "23-1", "24", "25", "26", "27", "28",
            ],
            ResolutionTexts.ParagraphNumbers);
    }

    [Fact]
    public void EmbeddedMarkdown_HasEveryParagraphHeadingExactlyOnceInOrder()
    {
        var markdown = ResolutionTexts.ReadMarkdown(Language.Kk);
        var headings = Regex.Matches(markdown, @"^## (.*)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.TrimEnd('\r'))
            .ToArray();

        Assert.Equal(ResolutionTexts.ParagraphNumbers, headings);
        Assert.Single(Regex.Matches(markdown, @"^# ", RegexOptions.Multiline));
    }

    [Fact]
    public void Kazakh_IsTheOfficialDocumentWithAllParagraphs()
    {
        var document = ResolutionTexts.Kazakh;

        Assert.Same(document, ResolutionTexts.Get(Language.Kk));
        Assert.Equal(Language.Kk, document.Language);
        Assert.True(document.IsOfficial);
        Assert.Null(document.Disclaimer);
        Assert.Equal("Қылмыстық істер бойынша дәлелдемелерді бағалаудың кейбір мәселелері туралы", document.Title);
        Assert.Equal(ResolutionTexts.ParagraphNumbers, document.Paragraphs.Select(p => p.Number));
        Assert.All(document.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.Text), p.Number));
    }

    [Fact]
    public void Preamble_HasTheDateLineTheGeneralNoteAndTheEnactingClause()
    {
        var preamble = ResolutionTexts.Kazakh.Preamble.Split("\n\n");

        Assert.Equal(3, preamble.Length);
        Assert.Equal("Қазақстан Республикасы Жоғарғы Сотының 2006 жылғы 20 сәуірдегі N 4 Нормативтік қаулысы.", preamble[0]);
        Assert.StartsWith("Ескерту. Бүкіл мәтін бойынша: \"іс жүргізу кодексінің\"", preamble[1], StringComparison.Ordinal);
        // F1 and F2 of the restorations.
        Assert.Contains("\"ҚІЖК-нің\" деген сөз \"ҚПК-нің\" деген сөзбен ауыстырылды;", preamble[1], StringComparison.Ordinal);
        Assert.EndsWith(
            "ҚР Жоғарғы Сотының 31.03.2017 № 3 (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі) нормативтік қаулысымен.",
            preamble[1],
            StringComparison.Ordinal);
        Assert.Equal(
            "Қылмыстық істер бойынша дәлелдемелерді бағалау бойынша қылмыстық процестік заңды біркелкі қолдану мақсатында "
            + "Қазақстан Республикасы Жоғарғы Сотының жалпы отырысы қаулы етеді:",
            preamble[2]);
    }

    [Fact]
    public void Paragraph2_OpensWithTheRestoredArticleReference()
    {
        Assert.StartsWith(
            "ҚПК-нің 111-бабының бірінші бөлігіне сәйкес, қылмыстық процесті жүргізуші орган iс жүргізу заңымен",
            ResolutionTexts.Kazakh["2"].Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph15_NightTimeAndFourHoursSentence_IsVerbatim()
    {
        var paragraphs = ResolutionTexts.Kazakh["15"].Text.Split("\n\n");

        Assert.Equal(2, paragraphs.Length);
        Assert.Equal(
            "Егер айғақтар болжамға, жорамалға, қауесетке негізделсе және куә аталған фактілер туралы өзінің қандай дерек "
            + "көзден хабардар болғанын көрсете алмаса; осы іс бойынша процестік іс-әрекеттерді жүзеге асыруға өкілеттігі жоқ "
            + "адамның жауап алуы кезінде, сондай-ақ заңмен белгіленбеген орын мен уақытта (көшеде, кафеде, бөтен пәтерде, "
            + "негізсіз басқа елді мекенге алып шығу арқылы, түнгі уақытта, үздіксіз төрт сағаттан астам және т.б.), "
            + "кейінге қалдыруды күтпейтін жағдайлардан басқа, жәбірленушінің, куәнің айғақтары жарамды дәлелдемелер деп "
            + "таныла алмайды.",
            paragraphs[0]);
        Assert.Empty(ResolutionTexts.Kazakh["15"].AmendmentNotes);
    }

    [Fact]
    public void Paragraph23_1_FirstSentence_IsVerbatim()
    {
        Assert.StartsWith(
            "ЖТӘ қылмыстық іс бойынша сотқа дейінгі іс жүргізу шеңберінде ғана жүргізіледі. ",
            ResolutionTexts.Kazakh["23-1"].Text,
            StringComparison.Ordinal);
        // F27–F30 of the restorations.
        Assert.Contains(
            "ҚПК-нің 231-бабының 1) тармағында көзделген ЖТӘ-ні жүргізу (адамды немесе орынды жасырын аудио-және (немесе) "
            + "бейнебақылау) қатаң ҚПК-нің 242-бабына сәйкес жүзеге асырылуға тиіс.",
            ResolutionTexts.Kazakh["23-1"].Text,
            StringComparison.Ordinal);
        Assert.Contains(
            "ҚПК-нің 231-бабының 10) тармағы және 251-бабы Қазақстан Республикасының 2019 жылғы 27 желтоқсандағы № 292-VI "
            + "Заңымен ҚПК-ден алып тасталғанын ескеру қажет.",
            ResolutionTexts.Kazakh["23-1"].Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph16_1_Note_IsVerbatim()
    {
        Assert.Equal(
            [
                "Ескерту. 16-1-тармақпен толықтырылды - ҚР Жоғарғы Сотының 22.12.2022 № 10 (алғашқы ресми жарияланған "
                + "күнінен бастап қолданысқа енгізіледі) нормативтік қаулысымен.",
            ],
            ResolutionTexts.Kazakh["16-1"].AmendmentNotes);
    }

    [Fact]
    public void RestoredReferences_ArePresentVerbatim()
    {
        var kk = ResolutionTexts.Kazakh;

        Assert.Contains(
            "ҚПК-нің 92-бабы бірінші бөлігінің 2) тармағының және 93-бабы бірінші бөлігінің 4) тармағының негізінде",
            kk["16-2"].Text,
            StringComparison.Ordinal);
        Assert.Contains("ҚПК-нің 119, 179, 190, 219, 253-баптарында көзделген", kk["18"].Text, StringComparison.Ordinal);
        // F21: the source has no hyphen in "123 бабының"; it is kept as published.
        Assert.Contains("оның ҚПК-нің 123 бабының талаптарына сәйкестігін", kk["19"].Text, StringComparison.Ordinal);
        Assert.Contains("ҚПК-нің 182, 210, 212 және 216-баптарының талаптары бұзылып ресімделген \"түсініктеме\"", kk["22"].Text, StringComparison.Ordinal);
        Assert.StartsWith("Қазақстан Республикасы Конституциясының 4-бабына сәйкес, осы нормативтік қаулы", kk["28"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AmendmentNotes_AreWhereTheSourceHasThem()
    {
        var kk = ResolutionTexts.Kazakh;
        string[] withoutNotes = ["3", "5", "6", "15", "28"];

        foreach (var paragraph in kk.Paragraphs)
        {
            var expected = withoutNotes.Contains(paragraph.Number) ? 0 : 1;
            Assert.True(
                paragraph.AmendmentNotes.Count == expected,
                $"Paragraph {paragraph.Number}: expected {expected} amendment note(s), found {paragraph.AmendmentNotes.Count}.");
            Assert.All(
                paragraph.AmendmentNotes,
                note => Assert.StartsWith($"Ескерту. {paragraph.Number}-тармақ", note, StringComparison.Ordinal));
        }

        Assert.Equal(26, kk.Paragraphs.Sum(p => p.AmendmentNotes.Count));
        Assert.DoesNotContain(kk.Paragraphs, p => p.Text.Contains("Ескерту.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_IsCachedAndThreadSafe()
    {
        var documents = await Task.WhenAll(
            Enumerable.Range(0, 16).Select(_ => Task.Run(() => ResolutionTexts.Get(Language.Kk))));

        Assert.All(documents, d => Assert.Same(ResolutionTexts.Kazakh, d));
    }
}
