using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Syntax;
using Casefile.Tests.Baselines;

namespace Casefile.Tests.Rules.Paragraph04;

/// <summary>
/// CF0201–CF1402: what the case files do not show — related locations, admissibility across the
/// phases, cases split over files, and every message in three languages.
/// </summary>
public sealed class Paragraphs02To14Tests
{
    private static readonly string[] Codes =
        ["CF0201", "CF0401", "CF0402", "CF0403", "CF0404", "CF0501", "CF0502", "CF0801", "CF1001", "CF1002", "CF1101", "CF1201", "CF1301", "CF1302", "CF1401", "CF1402"];

    private static FileAnalysis AnalyzeText(string text) => Analyzer.AnalyzeText("test.case.md", text);

    private static IReadOnlyList<Diagnostic> Of(FileAnalysis analysis, string code) =>
        analysis.Diagnostics.Where(d => d.Code == code).ToList();

    [Fact]
    public void CF0404_links_each_item_with_what_makes_it_inadmissible()
    {
        var analysis = AnalyzeText(
            """
            # Case 1

            ### P-1 Bekov
            - role: suspect

            ### E-1 Excluded
            - kind: document
            - date: 2024-03-02
            - status: excluded
            - exclusion-ground: para 19
            - proves: C-1

            ### E-2 Without a lawyer
            - kind: testimony
            - person: P-1
            - date: 2024-03-03
            - lawyer: none
            - rights-explained: no
            - proves: C-1

            ### C-1 Event
            - element: event
            - charged: yes
            """);
        var diagnostic = Assert.Single(Of(analysis, "CF0404"));
        Assert.Equal("21:5-21:14", diagnostic.Range.ToString());
        Assert.Equal(new EntityId('C', 1), diagnostic.Entity);
        Assert.Collection(
            diagnostic.Related,
            r =>
            {
                Assert.Equal("6:5-6:17", r.Range.ToString());
                Assert.Equal("E-1: excluded ('status: excluded')", r.Message.Format(Language.En));
            },
            r =>
            {
                Assert.Equal("13:5-13:25", r.Range.ToString());
                Assert.Equal("E-2: inadmissible (CF1001)", r.Message.Format(Language.En));
            });
    }

    [Fact]
    public void A_suppressed_paragraph_error_leaves_the_item_admissible_for_CF0404_but_not_for_CF1201()
    {
        var analysis = AnalyzeText(
            """
            # Case 1

            ### P-1 Bekov
            - role: suspect

            <!-- casefile-ignore CF1001: rights explained on a separate form -->
            ### E-1 Without a lawyer
            - kind: testimony
            - person: P-1
            - date: 2024-03-03
            - proves: C-1

            ### C-1 Event
            - element: event
            - charged: yes
            """);
        Assert.Empty(Of(analysis, "CF0404"));
        Assert.True(analysis.AdmissibilityOf(analysis.Model.Evidence.Single()).IsAdmissible);
        var diagnostic = Assert.Single(Of(analysis, "CF1201"));
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("E-1: testimony of P-1 (suspect)", related.Message.Format(Language.En));
        Assert.Equal("E-1: показания P-1 (подозреваемый)", related.Message.Format(Language.Ru));
    }

    [Fact]
    public void CF1201_counts_a_victim_only_when_the_item_is_testimony()
    {
        const string Case = """
            # Case 1

            ### P-2 Omarov
            - role: victim

            ### E-1 Victim's testimony
            - kind: testimony
            - person: P-2
            - date: 2024-03-03
            - proves: C-1

            ### E-2 Victim's statement
            - kind: KIND
            - person: P-2
            - date: 2024-03-04
            - proves: C-1

            ### C-1 Event
            - element: event
            - charged: yes
            """;
        Assert.Single(Of(AnalyzeText(Case.Replace("KIND", "testimony")), "CF1201"));
        Assert.Empty(Of(AnalyzeText(Case.Replace("KIND", "document")), "CF1201"));
    }

    [Fact]
    public void CF1101_relates_the_withdrawal_key()
    {
        var diagnostic = Assert.Single(Of(
            AnalyzeText(
                """
                # Case 1
                - withdrawn-for-termination: 2024-05-10
                - terminated: no

                ### E-1 Later
                - kind: document
                - date: 2024-05-11
                - proves: C-1

                ### C-1 Event
                - element: event
                """),
            "CF1101"));
        Assert.Equal("7:9-7:19", diagnostic.Range.ToString());
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("2:3-2:40", related.Range.ToString());
    }

    [Fact]
    public void CF1402_relates_the_items_on_both_sides_of_the_contradiction()
    {
        var diagnostic = Assert.Single(Of(
            AnalyzeText(
                """
                # Case 1

                ### P-2 Seitova
                - role: witness

                ### E-1 Cannot be found
                - kind: testimony
                - person: P-2
                - date: 2024-03-02
                - read-out: yes
                - read-out-ground: whereabouts-unknown
                - ground-confirmed-by: police report
                - contradicts: E-2
                - contradiction-resolved: E-2 accepted
                - proves: C-1

                ### E-2 Protocol
                - kind: document
                - date: 2024-03-03
                - proves: C-1

                ### E-3 Another
                - kind: document
                - date: 2024-03-04
                - contradicts: E-1
                - contradiction-resolved: E-3 accepted
                - proves: C-1

                ### C-1 Event
                - element: event
                """),
            "CF1402"));
        Assert.Contains("in contradiction with E-2, E-3", diagnostic.Message.Format(Language.En));
        Assert.Equal(["E-2: in contradiction with this testimony", "E-3: in contradiction with this testimony"], diagnostic.Related.Select(r => r.Message.Format(Language.En)));
    }

    [Fact]
    public void CF1001_and_CF1301_exempt_testimony_taken_in_court()
    {
        var analysis = AnalyzeText(
            """
            # Case 1

            ### P-1 Bekov
            - role: defendant

            ### P-2 Seitova
            - role: witness
            - refused-to-testify: art-78

            ### E-1 Defendant at trial
            - kind: testimony
            - person: P-1
            - date: 2024-05-02
            - collected-by: court
            - purpose: other
            - proves: C-1

            ### E-2 Witness at trial
            - kind: testimony
            - person: P-2
            - date: 2024-05-02
            - place: court
            - proves: C-1

            ### C-1 Event
            - element: event
            """);
        Assert.Empty(Of(analysis, "CF1001"));
        Assert.Empty(Of(analysis, "CF1301"));
    }

    /// <summary>Every message of these rules, raised by the triggering case files, formats in en, kk and ru with no placeholder left.</summary>
    [Fact]
    public void Every_message_formats_in_three_languages()
    {
        var seen = new HashSet<string>();
        foreach (var code in Codes)
        {
            var analysis = Baseline.AnalyzeFolder(Path.Combine(RepositoryPaths.Cases, code));
            foreach (var diagnostic in analysis.Files.SelectMany(f => f.Diagnostics).Where(d => Codes.Contains(d.Code)))
            {
                seen.Add(diagnostic.Code);
                foreach (var language in new[] { Language.En, Language.Kk, Language.Ru })
                {
                    foreach (var message in new[] { diagnostic.Message }.Concat(diagnostic.Related.Select(r => r.Message)))
                    {
                        var text = message.Format(language);
                        Assert.DoesNotContain("{", text);
                        Assert.NotNull(Strings.GetExact(message.ResourceName, language));
                    }
                }

                Assert.NotNull(Strings.GetExact($"{diagnostic.Code}_Title", Language.Kk));
                Assert.NotNull(Strings.GetExact($"{diagnostic.Code}_Title", Language.Ru));
            }
        }

        Assert.Equal(Codes.Order(), seen.Order());
    }
}
