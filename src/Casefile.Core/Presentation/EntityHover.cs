using Casefile.Analysis;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Presentation;

/// <summary>
/// A summary of a person, evidence item, circumstance, motion or defence argument: its kind and
/// title, its key facts, for evidence whether it is admissible (or which codes make it
/// inadmissible), for a circumstance how many admissible items prove it, and the file that
/// defines it when that is another file of the case.
/// </summary>
public static class EntityHover
{
    private static readonly Dictionary<EntityKind, string[]> Facts = new()
    {
        [EntityKind.Person] = ["role", "lawyer", "rank", "authorized"],
        [EntityKind.Evidence] = ["kind", "action", "date", "start", "end", "person", "conducted-by", "proves", "status", "exclusion-ground"],
        [EntityKind.Circumstance] = ["element", "charged"],
        [EntityKind.Motion] = ["type", "target", "filed-by", "decision"],
        [EntityKind.Argument] = ["checked", "refuted-by"],
    };

    public static void Write(MarkupWriter writer, Entity entity, HoverRequest request, bool showWhere)
    {
        var language = request.Language;
        var title = entity.Title.Length > 0 ? " " + writer.Text(entity.Title) : string.Empty;
        writer.Paragraph($"{writer.Bold(writer.Text(entity.Id.ToString()))}{title} · {writer.Text(Strings.Get($"Hover_Kind_{entity.Kind}", language))}");
        writer.List(FactLines(writer, entity, request));

        switch (entity)
        {
            case Evidence evidence:
                writer.Paragraph(AdmissibilityLine(writer, request.AdmissibilityOf(evidence), language));
                break;
            case Circumstance circumstance:
                WriteProof(writer, circumstance, request);
                break;
        }

        if (showWhere && !ReferenceEquals(entity.File, request.File.Model) && entity.File.Path != request.File.Path)
        {
            var line = entity.File.Text.GetLineIndex(entity.Syntax.IdSpan.Start);
            var name = writer.Link(writer.Code(Path.GetFileName(entity.File.Path)), request.FileLink(entity.File.Path, line));
            writer.Paragraph(writer.Template(Strings.Get("Hover_DefinedIn", language), name, (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    public static void WriteUndefined(MarkupWriter writer, EntityId id, Language language)
    {
        writer.Paragraph($"{writer.Bold(writer.Text(id.ToString()))} · {writer.Text(Strings.Get("Hover_Undefined", language))}");
    }

    /// <summary>"Admissible", or "Inadmissible: excluded from the evidence (ground); CF1504 Interrogation at night; …".</summary>
    public static string AdmissibilityLine(MarkupWriter writer, Admissibility admissibility, Language language)
    {
        if (admissibility.IsAdmissible)
        {
            return writer.Bold(writer.Text(Strings.Get("Hover_Admissible", language)));
        }

        var reasons = new List<string>();
        if (admissibility.IsExcluded)
        {
            reasons.Add(writer.Text(Strings.Get("Hover_Excluded", language)));
        }

        foreach (var violation in admissibility.Violations.DistinctBy(v => v.Code))
        {
            reasons.Add($"{writer.Code(violation.Code)} {writer.Text(violation.Rule.Title(language))}");
        }

        var label = Strings.Get("Hover_Inadmissible", language);
        var colon = label.IndexOf("{0}", StringComparison.Ordinal);
        return writer.Bold(writer.Text(label[..colon].TrimEnd())) + " " + string.Join("; ", reasons);
    }

    private static void WriteProof(MarkupWriter writer, Circumstance circumstance, HoverRequest request)
    {
        var language = request.Language;
        var proofs = circumstance.ProvedBy;
        if (proofs.Count == 0)
        {
            writer.Paragraph(writer.Text(Strings.Get("Hover_NotProved", language)));
            return;
        }

        var judged = proofs.Select(e => (Evidence: e, Admissibility: request.AdmissibilityOf(e))).ToList();
        var admissible = judged.Count(j => j.Admissibility.IsAdmissible);
        writer.Paragraph(writer.Bold(writer.Template(
            Strings.Get("Hover_ProvedBy", language),
            admissible.ToString(System.Globalization.CultureInfo.InvariantCulture),
            proofs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        writer.List(judged.Select(j =>
        {
            var verdict = j.Admissibility.IsAdmissible
                ? Strings.Get("Hover_AdmissibleShort", language)
                : Strings.Get("Hover_InadmissibleShort", language) + (j.Admissibility.Codes.Any() ? ": " + string.Join(", ", j.Admissibility.Codes) : string.Empty);
            return $"{Reference(writer, j.Evidence, request)} — {writer.Text(verdict)}";
        }));
    }

    private static IEnumerable<string> FactLines(MarkupWriter writer, Entity entity, HoverRequest request)
    {
        foreach (var canonical in Facts.GetValueOrDefault(entity.Kind, []))
        {
            if (entity.Attributes[canonical] is not { IsEmpty: false } attribute)
            {
                continue;
            }

            yield return $"{writer.Text(attribute.Key.Term.FormIn(request.Language))}: {Value(writer, attribute, request)}";
        }
    }

    private static string Value(MarkupWriter writer, BoundAttribute attribute, HoverRequest request) => attribute.Value switch
    {
        TermValue term => writer.Text(term.Term.FormIn(request.Language)),
        TermListValue list => string.Join(", ", list.Items.Select(i => writer.Text(i.Term.FormIn(request.Language)))),
        ReferenceValue reference => Reference(writer, reference, request),
        ReferenceListValue list => string.Join(", ", list.Items.Select(i => Reference(writer, i, request))),
        DateValue date => writer.Text(date.Value.ToString()),
        _ => writer.Text(attribute.Syntax.Value),
    };

    private static string Reference(MarkupWriter writer, ReferenceValue reference, HoverRequest request) =>
        reference.Target is { } target ? Reference(writer, target, request) : writer.Text(reference.Id.ToString());

    /// <summary>"P-1 Bekov Bolat", the ID linking to its definition.</summary>
    private static string Reference(MarkupWriter writer, Entity target, HoverRequest request)
    {
        var line = target.File.Text.GetLineIndex(target.Syntax.IdSpan.Start);
        var id = writer.Link(writer.Text(target.Id.ToString()), request.FileLink(target.File.Path, line));
        return target.Title.Length > 0 ? $"{id} {writer.Text(target.Title)}" : id;
    }
}
