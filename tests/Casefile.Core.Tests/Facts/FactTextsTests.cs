using Casefile.Analysis;
using Casefile.CaseFacts;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Tests.Facts;

public sealed class FactTextsTests
{
    private const string Case = """
        # Criminal case 245100031000123
        - registered: 2024-03-01 10:15

        ### P-1 Bekov Bolat
        - role: suspect

        ### P-7 Seitov Arman
        - role: investigator

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - lawyer: none
        - rights-explained: no
        - proves: C-1

        ### E-2 Inspection of the scene
        - kind: protocol
        - action: scene-inspection
        - date: 2024-03-01 12:00
        - proves: C-1, C-2

        ### E-3 Excluded statement
        - kind: document
        - date: 2024-03-02
        - status: excluded
        - exclusion-ground: obtained by deception
        - proves: C-2

        ### C-1 The event of the crime
        - element: event
        - charged: yes

        ### C-2 Guilt
        - element: guilt
        - charged: yes
        """;

    private static readonly FileAnalysis Analysis = Analyzer.AnalyzeText("test.case.md", Case);

    private static Evidence E(int number) => Analysis.Model.Evidence.Single(e => e.Id.Number == number);

    private static Circumstance C(int number) => Analysis.Model.Circumstances.Single(c => c.Id.Number == number);

    [Theory]
    [InlineData(Language.En, "inadmissible: CF1001 (para 10), CF1504 (para 15), CF1505 (para 15)")]
    [InlineData(Language.Kk, "жарамсыз: CF1001 (10-тармақ), CF1504 (15-тармақ), CF1505 (15-тармақ)")]
    [InlineData(Language.Ru, "недопустимо: CF1001 (п. 10), CF1504 (п. 15), CF1505 (п. 15)")]
    public void An_inadmissible_item_names_each_rule_and_its_paragraph(Language language, string expected) =>
        Assert.Equal(expected, FactTexts.Admissibility(Analysis.AdmissibilityOf(E(1)), language));

    [Theory]
    [InlineData(Language.En, "admissible", "excluded")]
    [InlineData(Language.Kk, "жарамды", "алынып тасталған")]
    [InlineData(Language.Ru, "допустимо", "исключено")]
    public void Admissible_and_excluded(Language language, string admissible, string excluded)
    {
        Assert.Equal(admissible, FactTexts.Admissibility(Analysis.AdmissibilityOf(E(2)), language));
        Assert.Equal(excluded, FactTexts.Admissibility(Analysis.AdmissibilityOf(E(3)), language));
    }

    [Fact]
    public void Excluded_with_violations_names_both()
    {
        var violation = Analysis.AdmissibilityOf(E(1)).Violations[0];
        var both = new Admissibility(true, [violation]);
        Assert.Equal("excluded; inadmissible: CF1001 (para 10)", FactTexts.Admissibility(both, Language.En));
        Assert.Equal("исключено; недопустимо: CF1001 (п. 10)", FactTexts.Admissibility(both, Language.Ru));
    }

    [Theory]
    [InlineData(Language.En, "proves C-1, C-2", "proves no circumstance")]
    [InlineData(Language.Kk, "дәлелдейді: C-1, C-2", "ешбір мән-жайды дәлелдемейді")]
    [InlineData(Language.Ru, "доказывает: C-1, C-2", "не доказывает ни одного обстоятельства")]
    public void Proves(Language language, string some, string none)
    {
        Assert.Equal(some, FactTexts.Proves([new EntityId('C', 1), new EntityId('C', 2)], language));
        Assert.Equal(none, FactTexts.Proves([], language));
    }

    [Fact]
    public void A_circumstance_counts_its_admissible_proof()
    {
        Assert.Equal(new ProofCount(1, 2), ProofCount.Of(C(1), Analysis.AdmissibilityOf));
        Assert.Equal(new ProofCount(1, 2), ProofCount.Of(C(2), Analysis.AdmissibilityOf));
    }

    [Theory]
    [InlineData(Language.En, 1, 1, "proved by 1 admissible of 1 item")]
    [InlineData(Language.En, 2, 3, "proved by 2 admissible of 3 items")]
    [InlineData(Language.En, 0, 3, "⚠ no admissible evidence proves it (0 of 3)")]
    [InlineData(Language.En, 0, 0, "⚠ no evidence proves it")]
    [InlineData(Language.Kk, 2, 3, "жарамды дәлелдемелер: 2, барлығы 3")]
    [InlineData(Language.Kk, 0, 3, "⚠ оны растайтын жарамды дәлелдеме жоқ (барлығы 3)")]
    [InlineData(Language.Kk, 0, 0, "⚠ оны растайтын дәлелдеме жоқ")]
    [InlineData(Language.Ru, 2, 3, "допустимых доказательств: 2 из 3")]
    [InlineData(Language.Ru, 0, 5, "⚠ не подтверждено ни одним допустимым доказательством (0 из 5)")]
    [InlineData(Language.Ru, 0, 0, "⚠ не подтверждено ни одним доказательством")]
    public void Proved_by(Language language, int admissible, int total, string expected) =>
        Assert.Equal(expected, FactTexts.ProvedBy(new ProofCount(admissible, total), language));

    [Theory]
    [InlineData(Language.En, "5 h 20 min", "night 22:00–06:00: 5 h 20 min")]
    [InlineData(Language.Kk, "5 сағ 20 мин", "түнгі уақыт 22:00–06:00: 5 сағ 20 мин")]
    [InlineData(Language.Ru, "5 ч 20 мин", "ночное время 22:00–06:00: 5 ч 20 мин")]
    public void Duration_and_night(Language language, string duration, string night)
    {
        var period = ActionPeriod.Of(E(1))!;
        Assert.Equal(duration, FactTexts.Duration(period.Duration, language));
        Assert.Equal(night, FactTexts.Night(period.AtNight, language));
    }

    [Theory]
    [InlineData(Language.En, 1, false, "day 2 of the investigation")]
    [InlineData(Language.Kk, 1, false, "тергеудің 2-күні")]
    [InlineData(Language.Ru, 1, false, "2-й день расследования")]
    [InlineData(Language.En, -1, true, "1 day before registration")]
    [InlineData(Language.En, -3, true, "3 days before registration")]
    [InlineData(Language.Kk, -3, true, "тіркелуден 3 күн бұрын")]
    [InlineData(Language.Ru, -1, true, "за 1 день до регистрации")]
    [InlineData(Language.Ru, -3, true, "за 3 дня до регистрации")]
    [InlineData(Language.Ru, -5, true, "за 5 дней до регистрации")]
    [InlineData(Language.En, 0, true, "before registration")]
    [InlineData(Language.Ru, 0, true, "до регистрации")]
    public void Day_of_the_investigation(Language language, int daysAfter, bool before, string expected) =>
        Assert.Equal(expected, FactTexts.Day(new InvestigationDay(daysAfter, before), language));

    [Theory]
    [InlineData(Language.En, 61, "61 days to the deadline")]
    [InlineData(Language.En, 1, "1 day to the deadline")]
    [InlineData(Language.Kk, 61, "мерзімнің аяқталуына дейін 61 күн")]
    [InlineData(Language.Ru, 61, "до окончания срока 61 день")]
    [InlineData(Language.Ru, 62, "до окончания срока 62 дня")]
    [InlineData(Language.Ru, 60, "до окончания срока 60 дней")]
    public void Days_to_the_deadline(Language language, int days, string expected) =>
        Assert.Equal(expected, FactTexts.DaysToDeadline(days, language));

    [Fact]
    public void Every_text_exists_in_each_language_without_falling_back_to_English()
    {
        var names = Strings.Names().Where(n => n.StartsWith("Lens_", StringComparison.Ordinal) || n.StartsWith("InlayHint_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            foreach (var language in new[] { Language.Kk, Language.Ru })
            {
                var text = Strings.GetExact(name, language);
                Assert.False(string.IsNullOrWhiteSpace(text), $"{name} has no {language} text");
                Assert.NotEqual(Strings.GetExact(name, Language.En), text);
            }
        }
    }
}
