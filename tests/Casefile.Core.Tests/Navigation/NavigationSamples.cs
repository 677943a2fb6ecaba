using Casefile.Analysis;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Tests.Navigation;

/// <summary>A case split over two files of one folder: persons in one, evidence in the other.</summary>
internal static class NavigationSamples
{
    public const string Persons = """
        # Criminal case 245100031000123
        - case: 245100031000123

        ## Persons

        ### P-1 Bekov Bolat
        - role: suspect
        - lawyer: P-3

        ### P-3 Akhmetov Daniyar
        - role: defender

        ### P-7 Seitov Arman
        - role: investigator
        """;

    public const string Evidence = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ## Evidence

        <!-- casefile-ignore CF1505: the break is recorded in the protocol, see P-7's report -->
        ### E-1 Interrogation of the suspect P-1
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - lawyer: none
        - rights-explained: no
        - proves: C-1
        - Bekov stated: P-3 was not called

        P-1 said that he had been at home. See also E-2.

        ### E-2 Seizure protocol
        - kind: protocol
        - action: seizure
        - date: 2024-03-04
        - conducted-by: P-7
        - signed-by: P-7
        - status: excluded
        - exclusion-ground: taken without a warrant, as P-1's defender P-3 objected
        - proves: C-1

        ## Circumstances

        ### C-1 The event of the crime
        - element: event
        - charged: yes
        """;

    public static IReadOnlyList<FileAnalysis> Analyze(params (string Path, string Text)[] files) =>
        Analyzer.Analyze(files.Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList()).Files;

    /// <summary>Both files in /cases/123: one case.</summary>
    public static (FileAnalysis Persons, FileAnalysis Evidence) TwoFiles()
    {
        var files = Analyze(("/cases/123/persons.case.md", Persons), ("/cases/123/evidence.case.md", Evidence));
        return (files[0], files[1]);
    }

    public static string Describe(CaseFile file, TextSpan span)
    {
        var position = file.Text.GetPosition(span.Start);
        return $"{Path.GetFileName(file.Path)}:{position.Line + 1}:{position.Character + 1} {file.Text[span]}";
    }
}
