using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Resolution;

namespace Casefile.Presentation;

/// <summary>
/// A diagnostic as rules.md says a hover shows it: the rule (code, title, severity, paragraph,
/// link to its page), the fact (the message), then the paragraph verbatim in Kazakh with its
/// amendment notes, then the translation into the reader's language marked unofficial. A Kazakh
/// reader reads the official text itself, so no translation follows it.
/// </summary>
public static class RuleHover
{
    public static void WriteDiagnostics(MarkupWriter writer, IReadOnlyList<Diagnostic> diagnostics, HoverRequest request)
    {
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            writer.Separator();
            writer.Paragraph(Header(writer, diagnostic.Rule, diagnostic.Severity, request));
            writer.Paragraph(writer.Text(diagnostic.Format(request.Language)));

            // Two diagnostics of one paragraph at the same place: its text once.
            if (diagnostic.Rule.Paragraph is { } paragraph && quoted.Add(paragraph))
            {
                WriteParagraph(writer, paragraph, request.Language);
            }

            WritePlainLink(writer, diagnostic.Rule, request);
        }
    }

    /// <summary>The code in a suppression comment: which rule it silences.</summary>
    public static void WriteSuppressed(MarkupWriter writer, RuleDescriptor rule, bool silences, HoverRequest request)
    {
        writer.Paragraph(Header(writer, rule, rule.DefaultSeverity, request));
        if (silences)
        {
            writer.Paragraph(writer.Text(Strings.Get("Hover_Suppressed", request.Language)));
        }

        WritePlainLink(writer, rule, request);
    }

    /// <summary>"CF1504 Interrogation at night · error · resolution No. 4, para 15", the code linking to the rule's page.</summary>
    public static string Header(MarkupWriter writer, RuleDescriptor rule, Severity severity, HoverRequest request)
    {
        var language = request.Language;
        var code = writer.Link(writer.Bold(writer.Text(rule.Code)), request.RuleLink(rule.Code));
        var basis = rule.Paragraph is { } paragraph
            ? writer.Template(Strings.Get("Hover_ResolutionParagraph", language), paragraph)
            : writer.Text(Strings.Get("Hover_FormatRule", language));
        return $"{code} {writer.Bold(writer.Text(rule.Title(language)))} · {writer.Text(SeverityName(severity, language))} · {basis}";
    }

    /// <summary>The paragraph in Kazakh, verbatim, with its amendment notes in italics; then the unofficial translation.</summary>
    public static void WriteParagraph(MarkupWriter writer, string number, Language language)
    {
        if (!ResolutionTexts.Kazakh.TryGetParagraph(number, out var official))
        {
            return;
        }

        writer.Paragraph(writer.Template(Strings.Get("Hover_OfficialText", language), number));
        writer.Quote(Blocks(writer, official));
        if (language == Language.Kk || !ResolutionTexts.Get(language).TryGetParagraph(number, out var translated))
        {
            return;
        }

        writer.Paragraph(writer.Italic(writer.Text(Strings.Get("Hover_UnofficialTranslation", language))));
        writer.Quote(Blocks(writer, translated));
    }

    public static string SeverityName(Severity severity, Language language) =>
        Strings.Get($"Hover_Severity_{severity}", language);

    private static IEnumerable<string> Blocks(MarkupWriter writer, ResolutionParagraph paragraph) =>
        paragraph.Text.Split("\n\n")
            .Select(writer.Text)
            .Concat(paragraph.AmendmentNotes.Select(note => writer.Italic(writer.Text(note))));

    /// <summary>Plain text has no links: the page's address on a line of its own.</summary>
    private static void WritePlainLink(MarkupWriter writer, RuleDescriptor rule, HoverRequest request)
    {
        if (!writer.IsMarkdown && request.RuleLink(rule.Code) is { } link)
        {
            writer.Paragraph($"{Strings.Get("Hover_RulePage", request.Language)}: {link}");
        }
    }
}
