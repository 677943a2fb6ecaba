using BenchmarkDotNet.Attributes;
using Casefile.Analysis;
using Casefile.Generator;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Benchmarks;

/// <summary>
/// Each stage of the one analysis beside the bare Markdig parse of the same text, the floor that
/// nothing built on Markdig can beat. Ratios are taken against <see cref="BareMarkdigParse"/>.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private string text = string.Empty;
    private CaseFileSyntax syntax = null!;

    [Params(100, 1_000, 10_000)]
    public int EvidenceItems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        text = CaseFileGenerator.Generate(new GeneratorOptions(EvidenceItems)).Text;
        syntax = CaseFileParser.Parse("generated.case.md", text);
    }

    [Benchmark(Baseline = true, Description = "Markdig.Markdown.Parse")]
    public object BareMarkdigParse() => Markdig.Markdown.Parse(text);

    [Benchmark(Description = "parse")]
    public CaseFileSyntax Parse() => CaseFileParser.Parse("generated.case.md", text);

    [Benchmark(Description = "model")]
    public IReadOnlyList<CaseFile> Model() => ModelBuilder.Build([syntax]);

    [Benchmark(Description = "rules on a parsed file")]
    public AnalysisResult RulesOnParsedFile() => Analyzer.Analyze([syntax]);

    [Benchmark(Description = "full analysis (text to diagnostics)")]
    public AnalysisResult FullAnalysis() => Analyzer.Analyze([CaseFileParser.Parse("generated.case.md", text)]);
}
