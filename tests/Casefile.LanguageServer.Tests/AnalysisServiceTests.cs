using Casefile.Analysis;
using Casefile.LanguageServer.Workspace;
using Casefile.Syntax;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// The analysis cache works case by case within a folder: an edit re-analyses the edited file's
/// case only, while the files of one case still see each other.
/// </summary>
public sealed class AnalysisServiceTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "casefile-analysis-service");

    private const string PersonsOfA = """
        # Criminal case A
        - case: 245100031000001

        ### P-1 Bekov Bolat
        - role: suspect
        """;

    private const string EvidenceOfA = """
        # Criminal case A
        - case: 245100031000001
        - registered: 2024-03-01 10:15

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        """;

    private const string OtherCase = """
        # Criminal case B
        - case: 245100031000002
        - registered: 2024-03-01 10:15

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        """;

    [Fact]
    public async Task An_edit_reanalyses_its_own_case_only()
    {
        var service = new AnalysisService();
        var state = State(("a-persons.case.md", PersonsOfA), ("a-evidence.case.md", EvidenceOfA), ("b.case.md", OtherCase));
        var before = await service.AnalyzeAsync(state, Folder, _ => RuleSettings.Default, CancellationToken.None);

        var edited = With(state, "a-evidence.case.md", EvidenceOfA + "\nA line of prose.\n");
        var after = await service.AnalyzeAsync(edited, Folder, _ => RuleSettings.Default, CancellationToken.None);

        Assert.Same(File(before, "b.case.md"), File(after, "b.case.md"));
        Assert.NotSame(File(before, "a-persons.case.md"), File(after, "a-persons.case.md"));
        Assert.NotSame(File(before, "a-evidence.case.md"), File(after, "a-evidence.case.md"));
        Assert.Equal(3, after.Files.Count);
    }

    [Fact]
    public async Task Files_of_one_case_see_each_other_and_other_cases_do_not()
    {
        var service = new AnalysisService();
        var state = State(("a-persons.case.md", PersonsOfA), ("a-evidence.case.md", EvidenceOfA), ("b.case.md", OtherCase));

        var analysis = await service.AnalyzeAsync(state, Folder, _ => RuleSettings.Default, CancellationToken.None);

        // P-1 is defined in the other file of case A, nowhere in case B.
        var inA = Analyzer.Analyze([Parse("a-persons.case.md", PersonsOfA), Parse("a-evidence.case.md", EvidenceOfA)]).Files[1];
        var alone = Analyzer.AnalyzeText(Path.Combine(Folder, "b.case.md"), OtherCase);
        Assert.Equal(Codes(inA), Codes(File(analysis, "a-evidence.case.md")));
        Assert.Equal(Codes(alone), Codes(File(analysis, "b.case.md")));
        Assert.NotEqual(Codes(File(analysis, "a-evidence.case.md")), Codes(File(analysis, "b.case.md")));
    }

    [Fact]
    public async Task A_file_moved_to_another_case_by_its_number_is_analysed_with_that_case()
    {
        var service = new AnalysisService();
        var state = State(("a-persons.case.md", PersonsOfA), ("b.case.md", OtherCase));
        await service.AnalyzeAsync(state, Folder, _ => RuleSettings.Default, CancellationToken.None);

        // b.case.md takes case A's number: P-1 of a-persons.case.md now resolves in it.
        var renumbered = With(state, "b.case.md", OtherCase.Replace("245100031000002", "245100031000001", StringComparison.Ordinal));
        var analysis = await service.AnalyzeAsync(renumbered, Folder, _ => RuleSettings.Default, CancellationToken.None);

        var together = Analyzer.Analyze([Parse("a-persons.case.md", PersonsOfA), Parse("b.case.md", renumbered.Documents[Uri("b.case.md")].Text.Text)]).Files[1];
        Assert.Equal(Codes(together), Codes(File(analysis, "b.case.md")));
    }

    private static WorkspaceState State(params (string Name, string Text)[] files) =>
        files.Aggregate(WorkspaceState.Empty, (state, file) => With(state, file.Name, file.Text));

    private static WorkspaceState With(WorkspaceState state, string name, string text) =>
        state with
        {
            Documents = state.Documents.SetItem(Uri(name), new DocumentSnapshot(Uri(name), new SourceText(text), version: 1, isOpen: true)),
            Revision = state.Revision + 1,
        };

    private static string Uri(string name) => DocumentUris.FromPath(Path.Combine(Folder, name));

    private static CaseFileSyntax Parse(string name, string text) => CaseFileParser.Parse(Path.Combine(Folder, name), text);

    private static FileAnalysis File(FolderAnalysis analysis, string name) => analysis.Files[Uri(name)].Analysis;

    private static List<string> Codes(FileAnalysis analysis) =>
        analysis.Diagnostics.Select(d => $"{d.Code}@{d.Range.Start}").ToList();
}
