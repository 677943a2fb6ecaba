using Casefile.Model;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Fixes;

/// <summary>
/// For an error of a paragraph rule that makes an evidence item inadmissible, the two answers the
/// law gives (rules.md "Quick-fixes"): mark the item <c>status: excluded</c> with an
/// <c>exclusion-ground</c> naming the rule and the paragraph (para 4: the specific violation must
/// be named), or draft a motion (M-) to exclude it whose grounds cite the paragraph (para 5: the
/// motion must be reasoned). Neither makes the violation vanish: the item stays inadmissible, now
/// on the record.
/// </summary>
internal static class ExclusionFixes
{
    public static IEnumerable<Fix> For(FixContext context)
    {
        var diagnostic = context.Diagnostic;
        if (!diagnostic.Rule.IsParagraphRule
            || diagnostic.Code == "CF0402"
            || context.Entity is not Evidence evidence
            || evidence.File != context.File
            || !context.Analysis.AdmissibilityOf(evidence).Violations.Any(v => v.Code == diagnostic.Code && v.Span == diagnostic.Span))
        {
            yield break;
        }

        var paragraph = diagnostic.Rule.Paragraph!;
        var ground = context.Write("ExclusionGround", new Localization.LocalizedText($"{diagnostic.Code}_Title"), diagnostic.Code, paragraph);
        if (MarkExcluded(context, evidence, ground).Count > 0)
        {
            yield return new Fix(
                "exclude",
                FixKind.MarkExcluded,
                context.Title("MarkExcluded", evidence.Id, paragraph, diagnostic.Code),
                diagnostic,
                () => MarkExcluded(context, evidence, ground));
        }

        if (!HasMotionFor(evidence, diagnostic.Code))
        {
            yield return new Fix(
                "motion",
                FixKind.DraftExclusionMotion,
                context.Title("DraftMotion", evidence.Id, paragraph, diagnostic.Code),
                diagnostic,
                () => [DraftMotion(context, evidence, paragraph)]);
        }
    }

    /// <summary><c>status: excluded</c> (replacing another status) and the ground (added to one already written).</summary>
    private static List<FileEdit> MarkExcluded(FixContext context, Evidence evidence, string ground)
    {
        var language = context.Language;
        var text = context.Text;
        var path = context.File.Path;
        var edits = new List<FileEdit>();
        var appended = new List<(string Key, string Value)>();
        var excluded = Vocab.Value(EntityKind.Evidence, "status", "excluded", language);

        var status = evidence.Attributes["status"];
        if (status is null)
        {
            appended.Add((Vocab.Key(EntityKind.Evidence, "status", language), excluded));
        }
        else if (status.IsEmpty)
        {
            edits.Add(FillEmpty(path, text, status.Syntax, excluded));
        }
        else if (!evidence.IsExcluded)
        {
            edits.Add(new FileEdit(path, text, ValueExtent(text, status.Syntax), excluded));
        }

        var written = evidence.Attributes["exclusion-ground"];
        if (written is null)
        {
            appended.Add((Vocab.Key(EntityKind.Evidence, "exclusion-ground", language), ground));
        }
        else if (written.IsEmpty)
        {
            edits.Add(FillEmpty(path, text, written.Syntax, ground));
        }
        else if (!text[written.Syntax.Span].Contains(context.Code, StringComparison.OrdinalIgnoreCase))
        {
            edits.Add(new FileEdit(path, text, new TextSpan(ValueExtent(text, written.Syntax).End, 0), "; " + ground));
        }

        if (appended.Count > 0)
        {
            edits.Add(context.Layout.AppendAttributes(evidence.Syntax.Heading, evidence.Syntax.Attributes, appended));
        }

        return edits;
    }

    private static FileEdit DraftMotion(FixContext context, Evidence evidence, string paragraph)
    {
        var language = context.Language;
        string Key(string key) => Vocab.Key(EntityKind.Motion, key, language);
        string Value(string key, string value) => Vocab.Value(EntityKind.Motion, key, value, language);
        var id = CaseIds.NextFree(context.File.Group, 'M');
        var grounds = context.Write(
            "MotionGrounds",
            evidence.Id,
            paragraph,
            context.Code,
            new Localization.LocalizedText($"{context.Code}_Title"),
            context.Diagnostic.Message);
        (string, string)[] items =
        [
            (Key("type"), Value("type", "exclude-evidence")),
            (Key("target"), evidence.Id.ToString()),
            (Key("filed-by"), string.Empty),
            (Key("form"), Value("form", "written")),
            (Key("grounds"), grounds),
            (Key("decision"), Value("decision", "pending")),
        ];
        return EntityPlacement.Insert(context.File.Syntax, context.Layout, id, context.Write("MotionTitle", evidence.Id), items, language);
    }

    /// <summary>A motion of the case already asks to exclude the item on this rule.</summary>
    private static bool HasMotionFor(Evidence evidence, string code) =>
        evidence.File.Group.Files.SelectMany(f => f.Motions).Any(m =>
            m.IsToExcludeEvidence
            && m.Attributes.Reference("target")?.Id == evidence.Id
            && m.Attributes.Text("grounds") is not null
            && m.File.Text[m.Attributes["grounds"]!.Syntax.Span].Contains(code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value with its trailing "(…)" comment, if any: what a new value replaces.</summary>
    internal static TextSpan ValueExtent(SourceText text, AttributeSyntax attribute)
    {
        var end = attribute.ValueSpan.End;
        if (attribute.Comment is { } comment)
        {
            var close = text.Text.IndexOf(')', comment.Span.End);
            end = close >= 0 ? close + 1 : comment.Span.End;
        }

        return TextSpan.FromBounds(attribute.ValueSpan.Start, Math.Max(end, attribute.ValueSpan.End));
    }

    /// <summary>A value written into an empty <c>key:</c>, with one space after the colon and nothing trailing.</summary>
    internal static FileEdit FillEmpty(string path, SourceText text, AttributeSyntax attribute, string value)
    {
        if (attribute.Comment is not null)
        {
            return new FileEdit(path, text, new TextSpan(attribute.ValueSpan.Start, 0), value + " ");
        }

        var colon = text.Text.IndexOf(':', attribute.KeySpan.End);
        var lineEnd = text.GetLineSpan(text.GetLineIndex(colon)).End;
        return new FileEdit(path, text, TextSpan.FromBounds(colon + 1, Math.Max(colon + 1, lineEnd)), " " + value);
    }
}
