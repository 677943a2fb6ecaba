using Casefile.Model;
using Casefile.Rules.Paragraph16_1;

namespace Casefile.Fixes;

/// <summary>
/// A key whose absence is the problem, inserted empty for the user to fill in (rules.md: an empty
/// value is a placeholder, not a fact). Only keys that record what the law requires to be stated
/// (a ground, a transcript, a protocol, a date …) are offered; keys that would excuse a violation
/// (<c>urgent</c>, <c>lawyer</c>, <c>rights-explained</c>, <c>sanction-by</c>) never are, even
/// empty, so that no fix so much as suggests writing one.
/// </summary>
internal static class PlaceholderFixes
{
    public static IEnumerable<Fix> For(FixContext context)
    {
        if (Wanted(context) is not { } wanted)
        {
            yield break;
        }

        var (target, keys) = wanted;

        var absent = keys.Where(k => target.Attributes[k] is null).Distinct().ToList();
        if (absent.Count == 0)
        {
            yield break;
        }

        var language = target.File == context.File ? context.Language : FileLanguage.Of(target.File);
        var written = absent.Select(k => Vocab.Key(target.Kind, k, language)).ToList();
        var list = string.Join(", ", written.Select(k => $"'{k}:'"));
        var title = target == context.Entity
            ? context.Title("AddKeys", list)
            : context.Title("AddKeysTo", list, target.Id);
        yield return new Fix(
            "placeholder",
            FixKind.InsertPlaceholder,
            title,
            context.Diagnostic,
            () =>
            {
                var layout = target.File == context.File ? context.Layout : new TextLayout(target.File.Syntax);
                return [layout.AppendAttributes(target.Syntax.Heading, target.Syntax.Attributes, [.. written.Select(k => (k, string.Empty))])];
            });
    }

    /// <summary>Which entity should state which keys for the diagnostic to be answered.</summary>
    private static (Entity Target, IReadOnlyList<string> Keys)? Wanted(FixContext context)
    {
        var entity = context.Entity;
        var evidence = entity as Evidence;
        IReadOnlyList<string>? keys = context.Code switch
        {
            "CF0010" when evidence is not null => KindAndDate(evidence),
            "CF0401" => ["proves"],
            "CF0402" => ["exclusion-ground"],
            "CF0501" => ["grounds"],
            "CF0502" => ["transcript"],
            "CF1302" => ["contradiction-resolved"],
            "CF1401" when evidence is not null => evidence.Attributes.Has("read-out-ground") ? ["ground-confirmed-by"] : ["read-out-ground"],
            "CF1605" when evidence is not null => evidence.Attributes.Has("preferred-over") ? ["preference-reason"] : ["preferred-over", "preference-reason"],
            "CF1701" => ["recognized-by-resolution"],
            "CF1902" => ["signed-by"],
            "CF2101" => ["examination-protocol"],
            "CF2102" => ["legal-basis"],
            "CF2203" => ["urgent-resolution-date", "prosecutor-notified", "sanction-date"],
            "CF2301" => ["origin-source", "origin-method", "origin-conditions"],
            "CF2401" => ["complaint-check"],
            "CF2601" when evidence is not null => evidence.Attributes.Has("in-verdict") ? ["rejection-reason"] : ["in-verdict"],
            "CF2602" => ["checked"],
            _ => null,
        };

        if (context.Code == "CF1611" && evidence is not null && Specialists.Of(evidence) is ({ } specialist, _))
        {
            // The competence belongs to the specialist, who may be defined in another file of the case.
            return (specialist, ["competence"]);
        }

        return keys is null || entity is null ? null : (entity, keys);
    }

    private static IReadOnlyList<string> KindAndDate(Evidence evidence)
    {
        var keys = new List<string>();
        if (evidence.Attributes["kind"] is null)
        {
            keys.Add("kind");
        }

        if (evidence.Attributes["date"] is null && evidence.Attributes["start"] is null)
        {
            keys.Add("date");
        }

        return keys;
    }
}
