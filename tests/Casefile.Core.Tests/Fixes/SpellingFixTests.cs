using Casefile.Fixes;
using Casefile.Localization;
using static Casefile.Tests.Fixes.FixTesting;

namespace Casefile.Tests.Fixes;

/// <summary>CF0002 and CF0003: the nearest known key or value, applied, makes the diagnostic go away.</summary>
public sealed class SpellingFixTests
{
    [Fact]
    public void A_misspelt_key_is_changed_to_the_nearest_key_and_the_warning_goes()
    {
        const string text = """
            # Case 1
            - case: 1

            ### E-1 Interrogation
            - knid: testimony
            - date: 2024-03-02
            - proves: C-1

            ### C-1 Event
            - element: event
            """;
        var analysis = Analyze(text);
        var fix = Assert.Single(FixesOf(analysis, "CF0002"), f => f.Kind == FixKind.CorrectSpelling);
        Assert.Equal("Change 'knid' to 'kind'", Title(fix));
        Assert.Equal("'knid' орнына 'kind' деп жазу", Title(fix, Language.Kk));
        Assert.Equal("Заменить 'knid' на 'kind'", Title(fix, Language.Ru));
        Assert.True(fix.IsPreferred);

        var fixedText = Apply(fix);
        Assert.Equal(text.Replace("- knid: testimony", "- kind: testimony"), fixedText);
        Assert.DoesNotContain(Analyze(fixedText).Diagnostics, d => d.Code is "CF0002" or "CF0010");
    }

    [Fact]
    public void A_misspelt_Russian_key_is_corrected_in_Russian()
    {
        const string text = """
            # Дело 1
            - дело: 1

            ### E-1 Допрос
            - вид: показания
            - дата: 2024-03-02
            - доказывет: C-1
            """;
        var analysis = Analyze(text);
        var fix = Assert.Single(FixesOf(analysis, "CF0002"), f => f.Kind == FixKind.CorrectSpelling);
        Assert.Equal("Заменить 'доказывет' на 'доказывает'", Title(fix, Language.Ru));
        var fixedText = Apply(fix);
        Assert.Contains("- доказывает: C-1", fixedText);
        Assert.DoesNotContain(Analyze(fixedText).Diagnostics, d => d.Code == "CF0002");
    }

    [Fact]
    public void A_misspelt_value_is_changed_to_the_nearest_value_and_the_error_goes()
    {
        const string text = """
            # Case 1

            ### E-1 Interrogation
            - kind: testimony
            - date: 2024-03-02
            - place: ofice
            """;
        var analysis = Analyze(text);
        var fix = Assert.Single(FixesOf(analysis, "CF0003"), f => f.Kind == FixKind.CorrectSpelling);
        Assert.Equal("Change 'ofice' to 'office'", Title(fix));
        Assert.True(fix.IsPreferred);
        var fixedText = Apply(fix);
        Assert.Equal(text.Replace("ofice", "office"), fixedText);
        Assert.DoesNotContain(Analyze(fixedText).Diagnostics, d => d.Code == "CF0003");
    }

    [Fact]
    public void Two_equally_near_values_are_both_offered_and_neither_is_preferred()
    {
        const string text = """
            # Case 1

            ### E-1 Wiretap
            - kind: operational-material
            - date: 2024-03-02
            - restricts-rights: privacy, hone
            """;
        var analysis = Analyze(text);
        var fixes = FixesOf(analysis, "CF0003").Where(f => f.Kind == FixKind.CorrectSpelling).ToList();
        Assert.Equal(["Change 'hone' to 'home'", "Change 'hone' to 'phone'"], fixes.Select(f => Title(f)));
        Assert.All(fixes, f => Assert.False(f.IsPreferred));

        // Only the misspelt item of the list is replaced.
        Assert.Contains("- restricts-rights: privacy, phone", Apply(fixes[1]));
        Assert.DoesNotContain(Analyze(Apply(fixes[0])).Diagnostics, d => d.Code == "CF0003");
    }

    [Fact]
    public void A_misspelt_word_where_an_ID_or_a_word_may_stand_is_corrected()
    {
        const string text = """
            # Case 1

            ### P-1 Bekov
            - role: suspect

            ### E-1 Interrogation
            - kind: testimony
            - person: P-1
            - date: 2024-03-02
            - lawyer: nome
            """;
        var analysis = Analyze(text);
        var fix = Assert.Single(FixesOf(analysis, "CF0003"), f => f.Kind == FixKind.CorrectSpelling);
        Assert.Equal("Change 'nome' to 'none'", Title(fix));
        Assert.Contains("- lawyer: none", Apply(fix));
    }

    [Fact]
    public void No_spelling_fix_when_nothing_is_near()
    {
        const string text = """
            # Case 1

            ### E-1 Interrogation
            - kind: testimony
            - date: 2024-03-02
            - zzzzzz: 1
            """;
        var analysis = Analyze(text);
        Assert.DoesNotContain(FixesOf(analysis, "CF0002"), f => f.Kind == FixKind.CorrectSpelling);
    }
}
