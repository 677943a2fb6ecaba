using Casefile.Model;
using Casefile.Rules.Format;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Fixes;

/// <summary>
/// CF0002 and CF0003: the misspelt key or value replaced by the nearest known spelling. Every
/// spelling close enough to be a plausible slip is offered, nearest first (the one the
/// diagnostic's message suggests); it is preferred when no other is as near.
/// </summary>
internal static class SpellingFixes
{
    private const int MaxCandidates = 3;

    public static IEnumerable<Fix> For(FixContext context) => context.Code switch
    {
        "CF0002" => Keys(context),
        "CF0003" => Values(context),
        _ => [],
    };

    private static IEnumerable<Fix> Keys(FixContext context)
    {
        foreach (var (_, bag) in context.File.AttributeBags)
        {
            if (bag.Unknown.FirstOrDefault(a => a.KeySpan == context.Diagnostic.Span) is { } attribute)
            {
                var nearest = CF0002UnknownKey.Nearest(bag.Owner, attribute.Key);
                return Offer(context, attribute.Key, attribute.KeySpan, Vocabulary.Keys.For(bag.Owner).Select(k => k.Term), nearest);
            }
        }

        return [];
    }

    private static IEnumerable<Fix> Values(FixContext context)
    {
        foreach (var (_, bag) in context.File.AttributeBags)
        {
            foreach (var attribute in bag.All)
            {
                foreach (var problem in attribute.Problems)
                {
                    if (problem.Part.Span == context.Diagnostic.Span
                        && problem.Kind is AttributeProblemKind.NotInEnumeration or AttributeProblemKind.NotAnIdOrWord
                        && problem.Expected is { } expected)
                    {
                        var nearest = CF0003ValueOutsideEnumeration.Nearest(expected, problem.Part.Text);
                        return Offer(context, problem.Part.Text, problem.Part.Span, expected.Terms, nearest);
                    }
                }
            }
        }

        return [];
    }

    private static IEnumerable<Fix> Offer(FixContext context, string written, TextSpan span, IEnumerable<Term> terms, string? nearest)
    {
        var candidates = Candidates(written, terms);
        if (nearest is not null && candidates.FindIndex(c => c.Form == nearest) is > 0 and var index)
        {
            // The message names this one: keep it first, as the user has just read it.
            var named = candidates[index];
            candidates.RemoveAt(index);
            candidates.Insert(0, named);
        }

        var preferred = candidates.Count == 1 || (candidates.Count > 1 && candidates[0].Distance < candidates[1].Distance);
        return candidates.Take(MaxCandidates).Select((candidate, i) => new Fix(
            $"spelling:{candidate.Form}",
            FixKind.CorrectSpelling,
            context.Title("ChangeTo", written, candidate.Form),
            context.Diagnostic,
            () => [new FileEdit(context.File.Path, context.Text, span, candidate.Form)],
            isPreferred: i == 0 && preferred));
    }

    /// <summary>
    /// Each term's nearest spelling within the distance <see cref="Suggestions.Nearest"/> accepts
    /// (a third of the word, 1 to 3 edits), ordered by distance, ties in vocabulary order.
    /// </summary>
    internal static List<(string Form, int Distance)> Candidates(string written, IEnumerable<Term> terms)
    {
        var target = TermNormalizer.Normalize(written);
        if (target.Length == 0 || target.Length > 64)
        {
            return [];
        }

        var limit = Math.Max(1, Math.Min(3, target.Length / 3));
        var found = new List<(string Form, int Distance)>();
        foreach (var term in terms)
        {
            (string Form, int Distance)? best = null;
            foreach (var form in term.AllForms)
            {
                var normalized = TermNormalizer.Normalize(form);
                if (Math.Abs(normalized.Length - target.Length) > limit)
                {
                    continue;
                }

                var distance = Suggestions.Distance(target, normalized);
                if (distance <= limit && (best is null || distance < best.Value.Distance))
                {
                    best = (form, distance);
                }
            }

            if (best is { } hit && !found.Any(f => f.Form == hit.Form))
            {
                found.Add(hit);
            }
        }

        return [.. found.Select((f, i) => (f, i)).OrderBy(x => x.f.Distance).ThenBy(x => x.i).Select(x => x.f)];
    }
}
