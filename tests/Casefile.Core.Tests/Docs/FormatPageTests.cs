using System.Text.RegularExpressions;
using Casefile.Analysis;

namespace Casefile.Tests.Docs;

/// <summary>
/// docs/format.md: its tables of keys, values and section titles are the vocabulary of the code,
/// and its complete examples (fences "md example") are clean case files.
/// </summary>
public sealed partial class FormatPageTests
{
    private static string PagePath => Path.Combine(RepositoryPaths.Docs, "format.md");

    [Fact]
    public void Vocabulary_tables_are_generated_from_the_code() =>
        GeneratedRegion.AssertCurrent(PagePath, VocabularyTables.Region, VocabularyTables.Render());

    [Fact]
    public void Complete_examples_are_clean_case_files()
    {
        var page = File.ReadAllText(PagePath).ReplaceLineEndings("\n");
        var examples = ExampleFence().Matches(page).Select(m => m.Groups["body"].Value).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var analysis = Analyzer.AnalyzeText("docs/format.md", example);
            var shown = analysis.Diagnostics.ToList();
            Assert.True(shown.Count == 0, $"An example of docs/format.md is not clean:\n{example}\n{string.Join("\n", shown)}");
        }
    }

    [GeneratedRegex(@"^```md example\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExampleFence();
}
