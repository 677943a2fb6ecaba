namespace Casefile.Analysis;

/// <summary>The outcome of one analysis of a set of files, in the order they were given.</summary>
public sealed class AnalysisResult(IReadOnlyList<FileAnalysis> files)
{
    public IReadOnlyList<FileAnalysis> Files { get; } = files;

    public FileAnalysis? this[string path] => Files.FirstOrDefault(f => f.Path == path);
}
