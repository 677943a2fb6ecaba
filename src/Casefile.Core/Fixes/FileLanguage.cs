using Casefile.Localization;
using Casefile.Model;
using Casefile.Vocabulary;

namespace Casefile.Fixes;

/// <summary>
/// The language a fix writes keys, values and texts in: the file's <c>language</c> key; without
/// one, the language most of the file's keys and section titles are written in (a file written
/// with Russian keys gets Russian keys, not English ones in the middle of it); else English.
/// </summary>
public static class FileLanguage
{
    public static Language Of(CaseFile file)
    {
        if (file.Case.Language is { } stated)
        {
            return stated;
        }

        var votes = new Dictionary<Language, int>();
        foreach (var (_, bag) in file.AttributeBags)
        {
            foreach (var attribute in bag.All)
            {
                Vote(votes, attribute.Key.Term, attribute.Syntax.Key);
            }
        }

        foreach (var section in file.Syntax.SectionHeadings)
        {
            if (SectionTitles.All.Find(section.Content) is { } term)
            {
                Vote(votes, term, section.Content);
            }
        }

        var best = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).FirstOrDefault();
        return votes.Count > 0 && votes.Count(v => v.Value == best.Value) == 1 ? best.Key : Language.En;
    }

    /// <summary>A spelling that belongs to one language only counts for it; "адвокат" (kk and ru) counts for neither.</summary>
    private static void Vote(Dictionary<Language, int> votes, Term term, string written)
    {
        var normalized = TermNormalizer.Normalize(written);
        bool In(IEnumerable<string> forms) => forms.Any(f => TermNormalizer.Normalize(f) == normalized);
        var languages = new List<Language>();
        if (TermNormalizer.Normalize(term.Canonical) == normalized)
        {
            languages.Add(Language.En);
        }

        if (In(term.Kazakh))
        {
            languages.Add(Language.Kk);
        }

        if (In(term.Russian))
        {
            languages.Add(Language.Ru);
        }

        if (languages.Count == 1)
        {
            votes[languages[0]] = votes.GetValueOrDefault(languages[0]) + 1;
        }
    }
}
