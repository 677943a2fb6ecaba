using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Presentation;

/// <summary>
/// What a hover needs: the analysed file, the offset, the reader's language and format, the
/// analyses of the other files of the case (an ID may be defined in another file, and its
/// admissibility is computed there), and how to link to a rule's page and to a place in a file.
/// </summary>
public sealed record HoverRequest(FileAnalysis File, int Offset, Language Language, MarkupFormat Format)
{
    /// <summary>The analyses of every file analysed together with <see cref="File"/> (the folder); <see cref="File"/> itself may be among them.</summary>
    public IReadOnlyCollection<FileAnalysis> CaseFiles { get; init; } = [];

    /// <summary>The rule's page for a code, as the diagnostic's codeDescription gives it; null for no link.</summary>
    public Func<string, string?> RuleLink { get; init; } = code => $"docs/rules/{code}.md";

    /// <summary>A link to a zero-based line of a file; null for no link.</summary>
    public Func<string, int, string?> FileLink { get; init; } = DefaultFileLink;

    /// <summary>A file URI with a "#L" line fragment, which editors (VS Code) open at that line.</summary>
    public static string? DefaultFileLink(string path, int line) =>
        Path.IsPathRooted(path) ? $"{new Uri(path).AbsoluteUri}#L{line + 1}" : null;

    /// <summary>Whether the evidence item is admissible, from the analysis of the file that defines it.</summary>
    public Admissibility AdmissibilityOf(Evidence evidence)
    {
        if (ReferenceEquals(evidence.File, File.Model))
        {
            return File.AdmissibilityOf(evidence);
        }

        return CaseFiles.FirstOrDefault(f => ReferenceEquals(f.Model, evidence.File))?.AdmissibilityOf(evidence)
            ?? CaseFiles.FirstOrDefault(f => f.Path == evidence.File.Path)?.AdmissibilityOf(evidence)
            ?? Admissibility.Admissible;
    }
}

/// <summary>A hover's text and the span of the element it is about.</summary>
public sealed record HoverResult(TextSpan Span, string Content, MarkupFormat Format);
