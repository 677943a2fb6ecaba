using Casefile.Analysis;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Casefile.Syntax;
using Core = Casefile.Diagnostics;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.Diagnostics;

/// <summary>Core diagnostics as LSP diagnostics: same codes, ranges and messages as the CLI, in the reader's language.</summary>
public static class DiagnosticConverter
{
    public const string Source = "casefile";

    public static IReadOnlyList<Lsp.Diagnostic> Convert(FileAnalysis file, SourceText text, Language language, PositionEncodingKind encoding, WorkspaceState state, string? docsRoot) =>
        file.Diagnostics.Select(d => Convert(d, text, language, encoding, state, docsRoot)).ToList();

    public static Lsp.Diagnostic Convert(Core.Diagnostic diagnostic, SourceText text, Language language, PositionEncodingKind encoding, WorkspaceState state, string? docsRoot)
    {
        var paragraph = diagnostic.Rule.Paragraph is { } p ? $" [para {p}]" : string.Empty;
        return new Lsp.Diagnostic
        {
            Range = encoding.ToLsp(text, diagnostic.Range),
            Severity = (int)diagnostic.Severity,
            Code = diagnostic.Code,
            CodeDescription = new Lsp.CodeDescription(RuleDocs.Uri(diagnostic.Code, docsRoot)),
            Source = Source,
            Message = MessageOf(diagnostic, language) + paragraph,
            Tags = Tags(diagnostic),
            RelatedInformation = diagnostic.Related.Count == 0
                ? null
                : diagnostic.Related.Select(r => new Lsp.DiagnosticRelatedInformation(
                    new Lsp.Location(UriOf(r.Path), RelatedRange(r, state, encoding)),
                    Text(() => r.Message.Format(language), () => r.Message.Format(Language.En)) ?? r.Message.ResourceName)).ToList(),
            Data = new DiagnosticData(diagnostic.Code, diagnostic.Entity?.ToString()),
        };
    }

    /// <summary>
    /// The message as the CLI's report prints it: in the language asked for, else in English, else
    /// the rule's name (a text missing from the resources must not take the whole report down), on one line.
    /// </summary>
    public static string MessageOf(Core.Diagnostic diagnostic, Language language) =>
        Text(() => diagnostic.Message.Format(language), () => diagnostic.Message.Format(Language.En))
        ?? $"{diagnostic.Rule.Name} ({diagnostic.Message.ResourceName})";

    private static string? Text(params Func<string>[] attempts)
    {
        foreach (var attempt in attempts)
        {
            try
            {
                return attempt().ReplaceLineEndings(" ");
            }
            catch (Exception exception) when (exception is KeyNotFoundException or FormatException or System.Resources.MissingManifestResourceException)
            {
            }
        }

        return null;
    }

    private static IReadOnlyList<int>? Tags(Core.Diagnostic diagnostic)
    {
        var tags = new List<int>();
        if (diagnostic.Tags.HasFlag(Core.DiagnosticTag.Unnecessary))
        {
            tags.Add(Lsp.DiagnosticTags.Unnecessary);
        }

        if (diagnostic.Tags.HasFlag(Core.DiagnosticTag.Deprecated))
        {
            tags.Add(Lsp.DiagnosticTags.Deprecated);
        }

        return tags.Count == 0 ? null : tags;
    }

    private static string UriOf(string path) => Path.IsPathRooted(path) ? DocumentUris.FromPath(path) : path;

    private static Lsp.Range RelatedRange(Core.RelatedLocation related, WorkspaceState state, PositionEncodingKind encoding)
    {
        var uri = UriOf(related.Path);
        return state.Find(DocumentUris.Normalize(uri)) is { } document
            ? encoding.ToLsp(document.Text, related.Span)
            : new Lsp.Range(new Lsp.Position(related.Range.Start.Line, related.Range.Start.Character), new Lsp.Position(related.Range.End.Line, related.Range.End.Character));
    }
}

/// <summary>What a diagnostic carries back to code actions: its code and the entity it concerns.</summary>
public sealed record DiagnosticData(string Code, string? Entity);
