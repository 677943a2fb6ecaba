using System.Reflection;
using System.Text.Json;
using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Syntax;

namespace Casefile.Cli.Output;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0, one run. The driver lists every rule of the catalogue
/// (titles in the report's language); results point at files relative to <c>%SRCROOT%</c> (the
/// current directory), with 1-based UTF-16 regions whose end column is exclusive. Suppressed
/// diagnostics are included with an <c>inSource</c> suppression carrying the comment's reason.
/// A rule's <c>helpUri</c> is the absolute file:// URI of its page next to the executable; SARIF
/// requires helpUri to be absolute, so when the page is missing it is left out and the page's
/// repository-relative path is given as <c>properties.helpPath</c> instead.
/// </summary>
public sealed class SarifWriter(string currentDirectory) : IReportWriter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";

    public void Write(Report report, TextWriter writer)
    {
        var rules = RuleCatalog.Descriptors.ToList();
        var extra = report.Files
            .SelectMany(f => f.Analysis.AllDiagnostics)
            .Select(d => d.Rule)
            .Where(r => !rules.Any(known => known.Code == r.Code))
            .DistinctBy(r => r.Code)
            .OrderBy(r => r.Code, StringComparer.Ordinal);
        rules.AddRange(extra);
        var index = rules.Select((rule, i) => (rule.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "Casefile");
            json.WriteString("version", ToolVersion());
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule, report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", DisplayPaths.FileUri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory)) + Path.DirectorySeparatorChar));
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var file in report.Files)
            {
                foreach (var diagnostic in file.Analysis.AllDiagnostics)
                {
                    WriteResult(json, diagnostic, file, index[diagnostic.Code]);
                }
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule, Report report)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", Texts.Title(rule, report.Language));
        json.WriteEndObject();
        var helpUri = report.HelpLinks.AbsoluteUri(rule);
        if (helpUri is not null)
        {
            json.WriteString("helpUri", helpUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("paragraph", rule.Paragraph);
        if (helpUri is null)
        {
            json.WriteString("helpPath", rule.HelpPath);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, ReportFile file, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, Texts.Message(diagnostic, file.Language));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.Path, diagnostic.Range);
        json.WriteEndObject();
        json.WriteEndArray();

        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var related in diagnostic.Related)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysicalLocation(json, related.Path, related.Range);
                WriteMessage(json, Texts.Message(related, file.Language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (diagnostic.IsSuppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (diagnostic.SuppressionReason is { Length: > 0 } justification)
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (diagnostic.Entity is { } entity)
        {
            json.WriteStartObject("properties");
            json.WriteString("entity", entity.ToString());
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, LineRange range)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", DisplayPaths.ToUri(path));
        if (!Path.IsPathFullyQualified(path))
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", range.Start.Line + 1);
        json.WriteNumber("startColumn", range.Start.Character + 1);
        json.WriteNumber("endLine", range.End.Line + 1);
        json.WriteNumber("endColumn", range.End.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string ToolVersion()
    {
        var assembly = typeof(SarifWriter).Assembly;
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
    }
}
