using System.Text.Json;
using Casefile.Diagnostics;

namespace Casefile.Cli.Output;

/// <summary>
/// <c>--format json</c>: <c>{ "version": 1, "files": [ { "path", "diagnostics": [ … ] } ], "summary": { … } }</c>.
/// Every checked file is listed, with its unsuppressed diagnostics (suppressed ones are only
/// counted in the summary; SARIF carries them). Lines and columns are 1-based UTF-16; the end
/// is exclusive.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int Version = 1;

    public void Write(Report report, TextWriter writer) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic, file, report.HelpLinks);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSummary(json, report.Summary);
        json.WriteEndObject();
    });

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, ReportFile file, HelpLinks helpLinks)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.Severity.Name());
        json.WriteString("paragraph", diagnostic.Rule.Paragraph);
        json.WriteString("message", Texts.Message(diagnostic, file.Language));
        json.WriteNumber("line", diagnostic.Range.Start.Line + 1);
        json.WriteNumber("column", diagnostic.Range.Start.Character + 1);
        json.WriteNumber("endLine", diagnostic.Range.End.Line + 1);
        json.WriteNumber("endColumn", diagnostic.Range.End.Character + 1);
        json.WriteString("entity", diagnostic.Entity?.ToString());
        json.WriteString("helpUri", helpLinks.UriOrRelative(diagnostic.Rule));
        json.WriteStartArray("related");
        foreach (var related in diagnostic.Related)
        {
            json.WriteStartObject();
            json.WriteString("path", related.Path);
            json.WriteNumber("line", related.Range.Start.Line + 1);
            json.WriteNumber("column", related.Range.Start.Character + 1);
            json.WriteString("message", Texts.Message(related, file.Language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("information", summary.Information);
        json.WriteNumber("hints", summary.Hints);
        json.WriteNumber("suppressed", summary.Suppressed);
        json.WriteEndObject();
    }
}
