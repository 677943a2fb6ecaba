using System.Globalization;
using Casefile.Diagnostics;
using Casefile.Syntax;

namespace Casefile.Cli.Output;

/// <summary>
/// One line per unsuppressed diagnostic, <c>path:line:col: severity CFxxxx message [para N]</c>
/// (1-based line and UTF-16 column; no <c>[para N]</c> for format rules), then the summary line.
/// Grouped by entity: in each file, the diagnostics about no entity first, then, per entity in
/// the order it is first reported, a line <c>E-1 title</c> followed by its diagnostics indented.
/// </summary>
public sealed class TextReportWriter(bool groupByEntity) : IReportWriter
{
    public const string Indent = "  ";

    public void Write(Report report, TextWriter writer)
    {
        foreach (var file in report.Files)
        {
            if (groupByEntity)
            {
                WriteGrouped(file, writer);
            }
            else
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    writer.WriteLine(Line(diagnostic, file.Language));
                }
            }
        }

        writer.WriteLine(SummaryText.Format(report.Summary, report.Language));
    }

    public static string Line(Diagnostic diagnostic, Localization.Language language)
    {
        var start = diagnostic.Range.Start;
        var paragraph = diagnostic.Rule.Paragraph is { } p ? $" [para {p}]" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{diagnostic.Path}:{start.Line + 1}:{start.Character + 1}: {diagnostic.Severity.Name()} {diagnostic.Code} {Texts.Message(diagnostic, language)}{paragraph}");
    }

    private static void WriteGrouped(ReportFile file, TextWriter writer)
    {
        var diagnostics = file.Diagnostics.ToList();
        foreach (var diagnostic in diagnostics.Where(d => d.Entity is null))
        {
            writer.WriteLine(Line(diagnostic, file.Language));
        }

        foreach (var group in diagnostics.Where(d => d.Entity is not null).GroupBy(d => d.Entity!.Value))
        {
            writer.WriteLine(Header(file, group.Key));
            foreach (var diagnostic in group)
            {
                writer.WriteLine(Indent + Line(diagnostic, file.Language));
            }
        }
    }

    private static string Header(ReportFile file, EntityId id)
    {
        var model = file.Analysis.Model;
        var entity = model.Entities.FirstOrDefault(e => e.Id == id) ?? model.Group?.Find(id);
        return entity is { Title.Length: > 0 } ? $"{id} {entity.Title}" : id.ToString();
    }
}
