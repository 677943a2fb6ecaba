using Casefile.Fixes;
using static Casefile.Tests.Fixes.FixTesting;

namespace Casefile.Tests.Fixes;

/// <summary>
/// rules.md: "A quick-fix never invents a fact that would make a problem vanish." Every fix for
/// every diagnostic of a file full of problems is applied; apart from correcting a spelling and
/// creating a referenced entity (which answer format errors), none may remove an admissibility
/// error (marking an item excluded may end warnings that concern admitted evidence only), and
/// none may write a key that excuses a violation.
/// </summary>
public sealed class FixHonestyTests
{
    private const string Problems = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15
        - deadline: 2024-05-01
        - stage: trial

        ## Persons

        ### P-1 Bekov Bolat
        - role: suspect

        ### P-3 Akhmetov Daniyar
        - role: defender
        - removal-grounds: represented the victim

        ### P-5 Specialist
        - role: specialist

        ### P-7 Seitov Arman
        - role: investigator
        - authorized: no

        ## Evidence

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - place: cafe
        - lawyer: none
        - rights-explained: no
        - proves: C-1

        ### E-2 Search
        - kind: protocol
        - action: search
        - date: 2024-02-20
        - lawyer: P-3
        - signd-by: P-7
        - proves: C-1, C-9

        ### E-3 Wiretap
        - kind: operational-material
        - date: 2024-03-05
        - restricts-rights: phone
        - proves: C-1

        ### E-4 Opinion
        - kind: specialist-opinion
        - person: P-5
        - date: 2024-03-06
        - complaint: coercion

        ### E-5 Recording
        - kind: audio-video
        - date: 2024-03-07
        - submitted-by: P-1
        - read-out: yes
        - proves: C-1

        ## Circumstances

        ### C-1 The event of the crime
        - element: event
        - charged: yes

        ## Defence arguments

        ### A-1 Alibi
        - checked: no
        """;

    private static readonly string[] Excuses =
        ["urgent", "lawyer", "rights-explained", "sanction-by", "authorized", "purpose", "covert", "provocation", "declared-unlawful", "complaint-confirmed"];

    [Fact]
    public void No_fix_but_spelling_and_creation_removes_an_admissibility_diagnostic()
    {
        var analysis = Analyze(Problems);
        var before = Violations(analysis);
        var errors = analysis.Diagnostics.Where(d => d.Rule.IsParagraphRule && d.Severity == Casefile.Diagnostics.Severity.Error).Select(d => $"{d.Code}@{d.Entity}").ToList();
        Assert.True(before.Count > 10, string.Join(", ", before));
        var tried = 0;
        foreach (var diagnostic in analysis.Diagnostics)
        {
            foreach (var fix in QuickFixes.For(analysis, diagnostic))
            {
                tried++;
                var after = Violations(Analyze(Apply(fix)));
                if (fix.Kind is FixKind.CorrectSpelling or FixKind.CreateEntity)
                {
                    continue;
                }

                // An excluded item needs no relevance (CF0401) and is not weighed against others (CF1605):
                // those warnings go with the exclusion; every error stays.
                var kept = fix.Kind == FixKind.MarkExcluded ? errors : before;
                Assert.True(kept.All(after.Contains), $"{fix} removed {string.Join(", ", kept.Except(after))}");
            }
        }

        Assert.True(tried > 30, $"only {tried} fixes");
    }

    [Fact]
    public void No_fix_writes_a_key_that_excuses_a_violation()
    {
        var analysis = Analyze(Problems);
        foreach (var diagnostic in analysis.Diagnostics)
        {
            foreach (var fix in QuickFixes.For(analysis, diagnostic))
            {
                var added = Apply(fix).Split('\n').Except(Problems.Split('\n')).ToList();
                foreach (var line in added)
                {
                    Assert.DoesNotContain(Excuses, key => line.TrimStart().StartsWith($"- {key}:", StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void Every_fix_has_a_title_in_each_language_and_edits_that_apply()
    {
        var analysis = Analyze(Problems);
        var kinds = new HashSet<FixKind>();
        foreach (var diagnostic in analysis.Diagnostics)
        {
            var fixes = QuickFixes.For(analysis, diagnostic);
            Assert.Equal(fixes.Count, fixes.Select(f => f.Id).Distinct().Count());
            foreach (var fix in fixes)
            {
                kinds.Add(fix.Kind);
                foreach (var language in Casefile.Localization.Languages.All)
                {
                    Assert.False(string.IsNullOrWhiteSpace(fix.Title.Format(language)));
                }

                Assert.NotEmpty(fix.Edits);
                Assert.Equal(fix.Id, QuickFixes.Find(analysis, diagnostic, fix.Id)?.Id);
            }
        }

        Assert.Equal(Enum.GetValues<FixKind>().ToHashSet(), kinds);
    }
}
