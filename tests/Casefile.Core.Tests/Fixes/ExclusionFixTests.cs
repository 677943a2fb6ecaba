using Casefile.Fixes;
using Casefile.Localization;
using static Casefile.Tests.Fixes.FixTesting;

namespace Casefile.Tests.Fixes;

/// <summary>
/// Marking an item excluded and drafting a motion to exclude it put the violation on the record;
/// they never make it vanish: re-analysed, the same paragraph violations are still reported.
/// </summary>
public sealed class ExclusionFixTests
{
    private const string Night = PlaceholderFixTests.NightInterrogation;

    [Fact]
    public void Marking_excluded_adds_the_status_and_a_ground_naming_the_rule_and_paragraph()
    {
        var analysis = Analyze(Night);
        var fix = Fix(analysis, "CF1504", FixKind.MarkExcluded);
        Assert.True(fix.IsCostly);
        Assert.Equal("Mark E-1 excluded (para 15, CF1504)", Title(fix));
        Assert.Equal("E-1 дәлелдемесін алып тасталған деп белгілеу (15-тармақ, CF1504)", Title(fix, Language.Kk));
        Assert.Equal("Отметить E-1 как исключённое (п. 15, CF1504)", Title(fix, Language.Ru));

        var fixedText = Apply(fix);
        Assert.Equal(
            Night.Replace(
                "- proves: C-1\n",
                "- proves: C-1\n- status: excluded\n- exclusion-ground: Interrogation at night (CF1504, para 15 of resolution No. 4)\n"),
            fixedText);

        var after = Analyze(fixedText);
        Assert.Equal(Violations(analysis), Violations(after));
        var evidence = after.Model.Evidence.Single();
        Assert.True(after.AdmissibilityOf(evidence).IsExcluded);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "CF0402");
    }

    [Fact]
    public void An_existing_status_is_replaced_and_an_existing_ground_is_added_to()
    {
        var text = Night.Replace("- proves: C-1\n", "- status: disputed (by the defence)\n- exclusion-ground: para 10\n- proves: C-1\n");
        var fixedText = Apply(Fix(Analyze(text), "CF1504", FixKind.MarkExcluded));
        Assert.Contains("- status: excluded\n- exclusion-ground: para 10; Interrogation at night (CF1504, para 15 of resolution No. 4)\n- proves: C-1\n", fixedText);
        Assert.Equal(Violations(Analyze(text)), Violations(Analyze(fixedText)));
    }

    [Fact]
    public void An_empty_status_is_filled_in()
    {
        var text = Night.Replace("- proves: C-1\n", "- status:\n- proves: C-1\n");
        var fixedText = Apply(Fix(Analyze(text), "CF1001", FixKind.MarkExcluded));
        Assert.Contains("- status: excluded\n- proves: C-1\n- exclusion-ground: Suspect's testimony without a lawyer and without rights explained (CF1001, para 10 of resolution No. 4)\n", fixedText);
    }

    [Fact]
    public void In_a_Russian_file_the_keys_values_and_ground_are_Russian()
    {
        const string text = """
            # Дело 245100031000123
            - дело: 245100031000123

            ### P-1 Беков Болат
            - роль: подозреваемый

            ### E-1 Допрос подозреваемого
            - вид: показания
            - лицо: P-1
            - начало: 2024-03-02 23:10
            - окончание: 2024-03-03 01:30
            - защитник: нет
            - права-разъяснены: да
            - доказывает: C-1

            ### C-1 Событие преступления
            - элемент: событие
            """;
        var analysis = Analyze(text);
        var fix = Fix(analysis, "CF1504", FixKind.MarkExcluded);
        var fixedText = Apply(fix);
        Assert.Contains("- доказывает: C-1\n- статус: исключено\n- основание-исключения: Допрос в ночное время (CF1504, п. 15 нормативного постановления № 4)\n", fixedText);
        var after = Analyze(fixedText);
        Assert.True(after.AdmissibilityOf(after.Model.Evidence.Single()).IsExcluded);
    }

    [Fact]
    public void No_exclusion_for_format_errors_warnings_or_an_item_already_excluded_on_that_ground()
    {
        var text = Night.Replace("- proves: C-1\n", "- proves: C-1\n- status: excluded\n- exclusion-ground: night (CF1504)\n");
        var excluded = Analyze(text);
        Assert.DoesNotContain(FixesOf(excluded, "CF1504"), f => f.Kind == FixKind.MarkExcluded);
        Assert.Contains(FixesOf(excluded, "CF1505"), f => f.Kind == FixKind.MarkExcluded);

        const string unknownKey = "# Case 1\n\n### E-1 X\n- kind: document\n- date: 2024-03-02\n- proves: C-1\n- colour: red\n";
        Assert.DoesNotContain(FixesOf(Analyze(unknownKey), "CF0002"), f => f.Kind is FixKind.MarkExcluded or FixKind.DraftExclusionMotion);
    }

    [Fact]
    public void A_motion_is_drafted_with_the_next_free_ID_in_a_new_Motions_section()
    {
        var analysis = Analyze(Night);
        var fix = Fix(analysis, "CF1504", FixKind.DraftExclusionMotion);
        Assert.True(fix.IsCostly);
        Assert.Equal("Draft a motion to exclude E-1 (para 15, CF1504)", Title(fix));
        Assert.Equal("Составить проект ходатайства об исключении E-1 (п. 15, CF1504)", Title(fix, Language.Ru));

        var fixedText = Apply(fix);
        var message = analysis.Diagnostics.Single(d => d.Code == "CF1504").Message.Format(Language.En);
        Assert.Equal(
            Night + "\n\n## Motions\n\n### M-1 Motion to exclude E-1\n- type: exclude-evidence\n- target: E-1\n- filed-by: \n- form: written\n"
                + "- grounds: E-1 is inadmissible evidence under para 15 of the normative resolution of the Supreme Court No. 4 of 20 April 2006 (Interrogation at night, CF1504): " + message + "\n"
                + "- decision: pending\n",
            fixedText);

        var after = Analyze(fixedText);
        Assert.Equal(Violations(analysis), Violations(after));
        Assert.Equal(analysis.Diagnostics.Select(d => d.Code), after.Diagnostics.Select(d => d.Code));
        var motion = after.Model.Motions.Single();
        Assert.True(motion.IsToExcludeEvidence);
        Assert.Equal("E-1", motion.Target?.Id.ToString());
    }

    [Fact]
    public void A_motion_goes_after_the_last_motion_and_takes_the_next_ID_across_the_case()
    {
        var other = "# Case 245100031000123\n- case: 245100031000123\n\n## Motions\n\n### M-4 Earlier motion\n- type: other\n";
        var main = Night + "\n\n## Motions\n\n### M-1 Oral motion\n- type: other\n- form: written\n";
        var files = AnalyzeAll(("/cases/a.case.md", other), ("/cases/b.case.md", main));
        var fix = Fix(files[1], "CF1505", FixKind.DraftExclusionMotion);
        var fixedText = Apply(fix);
        Assert.StartsWith(main + "\n### M-5 Motion to exclude E-1\n- type: exclude-evidence\n- target: E-1\n", fixedText);
    }

    [Fact]
    public void In_a_Kazakh_file_the_motion_is_Kazakh()
    {
        var text = """
            # Іс 1
            - тіл: kk

            ### P-1 Беков Болат
            - рөлі: күдікті

            ### E-1 Күдіктіден жауап алу
            - түрі: айғақтар
            - тұлға: P-1
            - басталды: 2024-03-02 23:10
            - аяқталды: 2024-03-03 01:00
            - қорғаушы: жоқ
            - құқықтары-түсіндірілді: жоқ
            - дәлелдейді: C-1

            ### C-1 Қылмыс оқиғасы
            - элементі: оқиға
            """;
        var analysis = Analyze(text);
        Assert.Contains(analysis.Diagnostics, d => d.Code == "CF1001");
        var fixedText = Apply(Fix(analysis, "CF1001", FixKind.DraftExclusionMotion));
        Assert.Contains("## Өтінішхаттар\n\n### M-1 E-1 дәлелдемесін алып тастау туралы өтінішхат\n- түрі: дәлелдемені-алып-тастау\n- нысана: E-1\n- мәлімдеген: \n- нысаны: жазбаша\n- негіздері: E-1 Жоғарғы Соттың 2006 жылғы 20 сәуірдегі № 4 нормативтік қаулысының 10-тармағына сәйкес жол берілмейтін дәлелдеме болып табылады", fixedText);
        Assert.EndsWith("- шешім: қаралуда\n", fixedText);
        Assert.Equal(Violations(analysis), Violations(Analyze(fixedText)));
    }
}
