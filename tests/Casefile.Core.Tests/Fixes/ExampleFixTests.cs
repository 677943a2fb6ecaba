using Casefile.Analysis;
using Casefile.Fixes;
using Casefile.Syntax;

namespace Casefile.Tests.Fixes;

/// <summary>
/// Every fix for every diagnostic of the example case files (and of the rule pages' failing
/// examples) applies cleanly: edits that do not overlap, the edited file still parses, and no
/// paragraph error goes away unless the fix corrects a spelling or creates a referenced entity.
/// </summary>
public sealed class ExampleFixTests
{
    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(RepositoryPaths.Examples))
        {
            foreach (var folder in Directory.GetDirectories(RepositoryPaths.Examples).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        if (data.Count == 0)
        {
            data.Add(string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_fix_of_an_example_applies_cleanly(string folder)
    {
        if (folder.Length == 0)
        {
            return;
        }

        var paths = Directory.GetFiles(Path.Combine(RepositoryPaths.Examples, folder), "*.case.md").Order(StringComparer.Ordinal).ToList();
        var texts = paths.ToDictionary(p => p, File.ReadAllText);
        var result = Analyzer.Analyze(paths.Select(p => CaseFileParser.Parse(p, texts[p])).ToList());
        var before = Errors(result);
        foreach (var file in result.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                foreach (var fix in QuickFixes.For(file, diagnostic))
                {
                    var edited = texts.ToDictionary(
                        t => t.Key,
                        t => fix.Edits.Any(e => e.Path == t.Key) ? FileEdit.Apply(t.Value, fix.Edits.Where(e => e.Path == t.Key)) : t.Value);
                    Assert.All(fix.Edits, e => Assert.Equal(texts[e.Path], e.Text.Text));
                    var after = Errors(Analyzer.Analyze(paths.Select(p => CaseFileParser.Parse(p, edited[p])).ToList()));
                    if (fix.Kind is not (FixKind.CorrectSpelling or FixKind.CreateEntity))
                    {
                        Assert.True(before.All(after.Contains), $"{Path.GetFileName(file.Path)}: {fix} removed {string.Join(", ", before.Except(after))}");
                    }
                }
            }
        }
    }

    private static HashSet<string> Errors(AnalysisResult result) =>
        result.Files
            .SelectMany(f => f.Diagnostics)
            .Where(d => d.Rule.IsParagraphRule && d.Severity == Casefile.Diagnostics.Severity.Error)
            .Select(d => $"{Path.GetFileName(d.Path)}:{d.Code}@{d.Entity}")
            .ToHashSet();
}
