using System.Text;
using Casefile.Localization;
using Casefile.Navigation;
using Casefile.Syntax;

namespace Casefile.Tests.Navigation;

public sealed class CaseOutlineTests
{
    private static string Render(IReadOnlyList<OutlineNode> nodes, SourceText text)
    {
        var output = new StringBuilder();
        void Write(OutlineNode node, int depth)
        {
            var range = text.GetRange(node.Span);
            output.Append(new string(' ', depth * 2))
                .Append(node.Kind).Append(' ').Append(node.Name)
                .Append(node.Detail is null ? string.Empty : $" | {node.Detail}")
                .Append(node.IsInadmissible ? " | struck" : string.Empty)
                .Append($" @{range.Start}-{range.End} select {text[node.SelectionSpan]}")
                .Append('\n');
            foreach (var child in node.Children)
            {
                Write(child, depth + 1);
            }
        }

        foreach (var node in nodes)
        {
            Write(node, 0);
        }

        return output.ToString();
    }

    [Fact]
    public void The_case_holds_its_sections_and_the_sections_their_entities_with_admissibility_in_the_detail()
    {
        var (_, evidence) = NavigationSamples.TwoFiles();
        var outline = CaseOutline.Build(evidence, Language.En);
        Assert.Equal(
            """
            Case Criminal case 245100031000123 @1:1-35:15 select Criminal case 245100031000123
              Section Evidence @5:1-29:14 select Evidence
                Evidence E-1 Interrogation of the suspect P-1 | testimony · 2024-03-02 · inadmissible: CF1001, CF1504 | struck @8:1-19:49 select E-1
                Evidence E-2 Seizure protocol | protocol · 2024-03-04 · inadmissible: excluded | struck @21:1-29:14 select E-2
              Section Circumstances @31:1-35:15 select Circumstances
                Circumstance C-1 The event of the crime | event · charged @33:1-35:15 select C-1

            """.ReplaceLineEndings("\n"),
            Render(outline, evidence.Model.Text));
    }

    [Theory]
    [InlineData(Language.Ru, "показания · 2024-03-02 · недопустимо: CF1001, CF1504", "протокол · 2024-03-04 · недопустимо: исключено")]
    [InlineData(Language.Kk, "айғақ · 2024-03-02 · жол берілмейтін: CF1001, CF1504", "хаттама · 2024-03-04 · жол берілмейтін: алынып тасталған")]
    public void Details_speak_the_reader_s_language(Language language, string first, string second)
    {
        var (_, evidence) = NavigationSamples.TwoFiles();
        var items = CaseOutline.Build(evidence, language)[0].Children[0].Children;
        Assert.Equal([first, second], items.Select(i => i.Detail));
    }

    [Fact]
    public void Persons_show_their_role_and_admissible_evidence_says_so()
    {
        var files = NavigationSamples.Analyze(("/x/a.case.md", """
            # Case
            - case: 1

            ### P-1 Bekov Bolat
            - role: witness

            ### E-1 A receipt
            - kind: document
            - date: 2024-03-02
            - proves: C-1

            ### C-1 Damage
            - element: damage

            ### M-1 Motion to exclude
            - type: exclude-evidence
            - decision: pending

            ### A-1 Alibi
            - checked: no
            """));
        var details = CaseOutline.Build(files[0], Language.En)[0].Children.Select(c => $"{c.Kind} {c.Detail}");
        Assert.Equal(["Person witness", "Evidence document · 2024-03-02 · admissible", "Circumstance damage", "Motion exclude-evidence · pending", "Argument not checked"], details);
    }

    [Fact]
    public void Headings_nest_by_level_an_entity_ends_at_the_next_entity_and_a_heading_in_its_body_is_under_it()
    {
        var files = NavigationSamples.Analyze(("/x/a.case.md", """
            ## Preface

            # Case
            - case: 1

            ## Persons

            ### P-1 A
            - role: witness

            #### Notes on P-1

            Some prose.

            #### P-2 B
            - role: witness

            # Annex

            ### P-3
            - role: witness
            """));
        Assert.Equal(
            """
            Section Preface @1:1-1:11 select Preface
            Case Case @3:1-21:16 select Case
              Section Persons @6:1-16:16 select Persons
                Person P-1 A | witness @8:1-13:12 select P-1
                  Section Notes on P-1 @11:1-13:12 select Notes on P-1
                Person P-2 B | witness @15:1-16:16 select P-2
              Section Annex @18:1-21:16 select Annex
                Person P-3 | witness @20:1-21:16 select P-3

            """.ReplaceLineEndings("\n"),
            Render(CaseOutline.Build(files[0], Language.En), files[0].Model.Text));
    }
}
