using Casefile.Localization;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>
/// The language a file is written in, which decides the spelling of the keys and values completion
/// inserts: the case key <c>language</c>; without it, the spelling most of the file's keys already
/// use (a file written with Russian keys gets Russian keys); English (canonical) otherwise.
/// </summary>
public static class WritingLanguage
{
    public static Language Of(CaseFileSyntax syntax)
    {
        var languageKey = Keys.Get(EntityKind.Case, "language");
        foreach (var attribute in syntax.CaseAttributes)
        {
            if (Keys.Find(EntityKind.Case, attribute.Key) == languageKey
                && Terms.Language.Find(attribute.Value) is { } term
                && Languages.TryParse(term.Canonical) is { } declared)
            {
                return declared;
            }
        }

        var votes = new Dictionary<Language, int>();
        Count(votes, EntityKind.Case, syntax.CaseAttributes);
        foreach (var entity in syntax.Entities)
        {
            if (EntityKinds.FromPrefix(entity.Id.Prefix) is { } kind)
            {
                Count(votes, kind, entity.Attributes);
            }
        }

        return votes.Count == 0 ? Language.En : votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;
    }

    private static void Count(Dictionary<Language, int> votes, EntityKind kind, IEnumerable<AttributeSyntax> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (Keys.Find(kind, attribute.Key) is not { } key)
            {
                continue;
            }

            // A spelling both Kazakh and Russian share (адвокат) says nothing.
            var written = TermNormalizer.Normalize(attribute.Key);
            var isEnglish = TermNormalizer.Normalize(key.Canonical) == written;
            var isKazakh = key.Term.Kazakh.Any(f => TermNormalizer.Normalize(f) == written);
            var isRussian = key.Term.Russian.Any(f => TermNormalizer.Normalize(f) == written);
            Language? language = (isEnglish, isKazakh, isRussian) switch
            {
                (true, _, _) => Language.En,
                (false, true, false) => Language.Kk,
                (false, false, true) => Language.Ru,
                _ => null,
            };
            if (language is { } found)
            {
                votes[found] = votes.GetValueOrDefault(found) + 1;
            }
        }
    }
}
