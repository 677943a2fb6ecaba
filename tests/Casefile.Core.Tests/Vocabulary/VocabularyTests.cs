using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Tests.Vocabulary;

/// <summary>
/// Every spelling of every key and value is found, whatever the capitals, spaces or ё; no spelling
/// means two things; and a case file written with the Kazakh or the Russian spellings reads exactly
/// as the same file written in English.
/// </summary>
public sealed partial class VocabularyTests
{
    public static TheoryData<EntityKind> Kinds() => new(Vocabularies.Kinds);

    public static TheoryData<string> TermSetNames() => new(Vocabularies.AllTermSets.Select(s => s.Name));

    public static TheoryData<Language> Translations() => new(Language.Kk, Language.Ru);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_spelling_of_every_key_finds_the_key(EntityKind kind)
    {
        var failures = new List<string>();
        foreach (var key in Keys.For(kind))
        {
            foreach (var form in key.Term.AllForms)
            {
                foreach (var variant in Variants(form))
                {
                    var found = Keys.Find(kind, variant);
                    if (!ReferenceEquals(found, key))
                    {
                        failures.Add($"'{variant}' (from '{form}') found {found?.ToString() ?? "nothing"}, not {key}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(TermSetNames))]
    public void Every_spelling_of_every_value_finds_the_value(string setName)
    {
        var set = SetNamed(setName);
        var failures = new List<string>();
        foreach (var term in set.Terms)
        {
            foreach (var form in term.AllForms)
            {
                foreach (var variant in Variants(form))
                {
                    var found = set.Find(variant);
                    if (!ReferenceEquals(found, term))
                    {
                        failures.Add($"'{variant}' (from '{form}') found {found?.Canonical ?? "nothing"}, not {term.Canonical}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_vocabulary_loads_so_no_spelling_is_ambiguous()
    {
        // The static constructors throw when one spelling names two keys of a kind or two values of a set.
        foreach (var type in new[] { typeof(Terms), typeof(SectionTitles), typeof(Keys) })
        {
            var exception = Record.Exception(() => RuntimeHelpers.RunClassConstructor(type.TypeHandle));
            Assert.True(exception is null, $"{type.Name} does not load: {exception?.InnerException?.Message ?? exception?.Message}");
        }

        Assert.NotEmpty(Vocabularies.AllKeys);
        Assert.NotEmpty(Vocabularies.Enumerations);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void No_spelling_names_two_keys_of_a_kind(EntityKind kind)
    {
        var ambiguous = Keys.For(kind)
            .SelectMany(k => k.Term.AllForms.Select(f => (Form: TermNormalizer.Normalize(f), Key: k.Canonical)))
            .Distinct()
            .GroupBy(p => p.Form)
            .Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(p => p.Key))}")
            .ToList();
        Assert.True(ambiguous.Count == 0, $"Spellings that name two keys of {kind}:\n{string.Join("\n", ambiguous)}");
    }

    [Theory]
    [MemberData(nameof(TermSetNames))]
    public void No_spelling_names_two_values_of_a_set(string setName)
    {
        var ambiguous = SetNamed(setName).Terms
            .SelectMany(t => t.AllForms.Select(f => (Form: TermNormalizer.Normalize(f), Term: t.Canonical)))
            .Distinct()
            .GroupBy(p => p.Form)
            .Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(p => p.Term))}")
            .ToList();
        Assert.True(ambiguous.Count == 0, $"Spellings that name two values of {setName}:\n{string.Join("\n", ambiguous)}");
    }

    [Fact]
    public void Every_key_spelling_can_be_written_as_a_key_and_every_value_as_a_value()
    {
        var bad = new List<string>();
        foreach (var key in Vocabularies.AllKeys)
        {
            bad.AddRange(key.Term.AllForms.Where(f => !KeyShape().IsMatch(f)).Select(f => $"key {key}: '{f}' is not read as a key by the parser"));
        }

        foreach (var set in Vocabularies.Enumerations)
        {
            foreach (var term in set.Terms)
            {
                bad.AddRange(term.AllForms
                    .Where(f => f.Length == 0 || f != f.Trim() || f.IndexOfAny([',', '(', ')']) >= 0 || EntityId.TryParse(f, out _))
                    .Select(f => $"value {set.Name}.{term.Canonical}: '{f}' cannot be written as a value"));
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_case_file_in_another_language_reads_as_the_English_one(Language language)
    {
        var samples = Samples(language);
        var english = Build(Render(samples, Language.En), "english.case.md");
        var translated = Build(Render(samples, language), $"{language.Code()}.case.md");

        var englishBags = Describe(english);
        var translatedBags = Describe(translated);
        Assert.Equal(englishBags.Count, translatedBags.Count);
        var differences = new List<string>();
        for (var i = 0; i < englishBags.Count; i++)
        {
            var (owner, englishValues) = englishBags[i];
            var (_, translatedValues) = translatedBags[i];
            Assert.Equal(englishValues.Count, translatedValues.Count);
            for (var j = 0; j < englishValues.Count; j++)
            {
                if (englishValues[j] != translatedValues[j])
                {
                    differences.Add($"{owner}, line {j + 1}: {englishValues[j]} | {language.Code()}: {translatedValues[j]}");
                }
            }
        }

        Assert.True(differences.Count == 0, $"The {language.Code()} file reads differently:\n{string.Join("\n", differences)}");

        // Every key and value was understood, in both files: nothing is unknown, empty or unreadable.
        foreach (var file in new[] { english, translated })
        {
            foreach (var (owner, bag) in file.AttributeBags)
            {
                Assert.True(bag.Unknown.Count == 0, $"{file.Path}: unknown keys in {owner?.Id.ToString() ?? "the case"}: {string.Join(", ", bag.Unknown.Select(u => u.Key))}");
                foreach (var attribute in bag.All)
                {
                    Assert.True(attribute.Value is not null && attribute.Problems.Count == 0, $"{file.Path}: '{attribute.Syntax.Key}: {attribute.Syntax.ValueText.Text}' was not read");
                }
            }
        }

        // Each key was written in every one of its spellings, and each value too.
        var written = samples.Sum(s => s.Lines.Count);
        Assert.Equal(written, englishBags.Sum(b => b.Values.Count));
    }

    /// <summary>The ways a user may write one spelling: capitals, spaces or underscores for hyphens, ё for е, stray spaces.</summary>
    private static IEnumerable<string> Variants(string form)
    {
        yield return form;
        yield return form.ToUpperInvariant();
        yield return form.ToLowerInvariant();
        yield return Capitalized(form);
        yield return Alternating(form);
        yield return form.Replace('-', ' ');
        yield return form.Replace('-', '_');
        yield return WithYo(form);
        yield return $"  {WithYo(form).Replace('-', ' ').ToUpperInvariant()} ";
    }

    private static string Capitalized(string form) => form.Length == 0 ? form : char.ToUpperInvariant(form[0]) + form[1..];

    private static string Alternating(string form) =>
        string.Concat(form.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));

    private static string WithYo(string form) => form.Replace('е', 'ё').Replace('Е', 'Ё');

    private static TermSet SetNamed(string name) => Vocabularies.AllTermSets.Single(s => s.Name == name);

    // ---- The round trip ----

    /// <summary>One attribute line, written in English and in the other language.</summary>
    private sealed record SampleLine(string EnglishKey, string Key, string EnglishValue, string Value);

    /// <summary>The lines of the case (<see cref="EntityKind.Case"/>) or of the entity <c>X-1</c> of a kind.</summary>
    private sealed record Sample(EntityKind Kind, IReadOnlyList<SampleLine> Lines);

    /// <summary>
    /// For every key of every kind, lines that use each of the key's spellings in the language and
    /// each sample value in each of its spellings, varied in capitals, hyphens and ё.
    /// </summary>
    private static List<Sample> Samples(Language language)
    {
        var samples = new List<Sample>();
        foreach (var kind in Vocabularies.Kinds)
        {
            var lines = new List<SampleLine>();
            foreach (var key in Keys.For(kind))
            {
                var keyForms = Spellings(key.Term, language);
                var values = SampleValues(key.Shape, language);
                var count = Math.Max(keyForms.Count, values.Count);
                for (var i = 0; i < count; i++)
                {
                    var keyForm = VaryKey(keyForms[i % keyForms.Count], i);
                    var (englishValue, value) = values[i % values.Count];
                    lines.Add(new SampleLine(key.Canonical, keyForm, englishValue, value));
                }
            }

            samples.Add(new Sample(kind, lines));
        }

        return samples;
    }

    private static IReadOnlyList<string> Spellings(Term term, Language language)
    {
        var forms = language switch
        {
            Language.Kk => term.Kazakh,
            Language.Ru => term.Russian,
            _ => [],
        };
        return forms.Count > 0 ? forms : [term.Canonical];
    }

    /// <summary>Pairs of (English, translated) values for a shape.</summary>
    private static List<(string English, string Translated)> SampleValues(ValueShape shape, Language language)
    {
        var values = new List<(string, string)>();
        switch (shape)
        {
            case ValueShape.Text text:
                values.Add(("Protocol No. 12 of 2024-03-02", "Protocol No. 12 of 2024-03-02"));
                if (text.AllowsNone)
                {
                    values.AddRange(TermValues(Terms.None, language));
                }

                break;
            case ValueShape.Enumeration { Values: var set, IsList: var isList }:
                values.AddRange(TermValues(set, language));
                if (isList)
                {
                    values.Add((
                        string.Join(", ", set.Terms.Select(t => t.Canonical)),
                        string.Join(", ", set.Terms.Select((t, i) => VaryValue(Spellings(t, language)[0], i)))));
                }

                break;
            case ValueShape.DateTime:
                values.Add(("2024-03-02 23:10", "2024-03-02 23:10"));
                values.Add(("02.03.2024", "02.03.2024"));
                break;
            case ValueShape.Period:
                values.Add(("2024-04-01 .. 2024-04-10", "2024-04-01 .. 2024-04-10"));
                break;
            case ValueShape.PeriodWithReason { Reasons: var reasons }:
                values.Add(("2024-04-01 .. 2024-04-10", "2024-04-01 .. 2024-04-10"));
                values.AddRange(TermValues(reasons, language).Select(v => ($"2024-04-01 .. 2024-04-10 ({v.English})", $"2024-04-01 .. 2024-04-10 ({v.Translated})")));
                break;
            case ValueShape.Reference reference:
                foreach (var prefix in reference.Prefixes)
                {
                    var id = reference.IsList ? $"{prefix}-1, {prefix}-2" : $"{prefix}-2";
                    values.Add((id, id));
                }

                if (reference.Words is { } words)
                {
                    values.AddRange(TermValues(words, language));
                }

                break;
            case ValueShape.TextOrReference reference:
                values.Add(("Certificate of the hospital", "Certificate of the hospital"));
                values.AddRange(reference.Prefixes.Select(p => ($"{p}-2", $"{p}-2")));
                break;
            default:
                throw new InvalidOperationException($"No sample values for {shape}.");
        }

        return values;
    }

    /// <summary>Every spelling in the language of every value of the set, each against the canonical value.</summary>
    private static IEnumerable<(string English, string Translated)> TermValues(TermSet set, Language language)
    {
        var index = 0;
        foreach (var term in set.Terms)
        {
            foreach (var form in Spellings(term, language))
            {
                yield return (term.Canonical, VaryValue(form, index++));
            }
        }
    }

    /// <summary>Keys as a user may write them in a file: as listed, in capitals, with underscores, with ё.</summary>
    private static string VaryKey(string form, int index) => (index % 4) switch
    {
        1 => form.ToUpperInvariant(),
        2 => form.Replace('-', '_'),
        3 => Capitalized(WithYo(form)),
        _ => form,
    };

    /// <summary>Values as a user may write them: as listed, in capitals, with spaces for hyphens, with ё.</summary>
    private static string VaryValue(string form, int index) => (index % 4) switch
    {
        1 => form.ToUpperInvariant(),
        2 => form.Replace('-', ' '),
        3 => Capitalized(WithYo(form)),
        _ => form,
    };

    private static string Render(IReadOnlyList<Sample> samples, Language language)
    {
        var builder = new StringBuilder();
        builder.Append(language switch
        {
            Language.Kk => "# Қылмыстық іс 245100031000123\n",
            Language.Ru => "# Уголовное дело 245100031000123\n",
            _ => "# Criminal case 245100031000123\n",
        });
        foreach (var sample in samples)
        {
            if (sample.Kind != EntityKind.Case)
            {
                var section = SectionTitles.All.Terms.First(t => SectionTitles.KindOf(t) == sample.Kind);
                var prefix = sample.Kind.Prefix();
                builder.Append($"\n## {section.FormIn(language)}\n\n### {prefix}-1 Sample\n");
            }

            foreach (var line in sample.Lines)
            {
                builder.Append(language == Language.En ? $"- {line.EnglishKey}: {line.EnglishValue}\n" : $"- {line.Key}: {line.Value}\n");
            }

            if (sample.Kind != EntityKind.Case)
            {
                builder.Append($"\n### {sample.Kind.Prefix()}-2 Target of references\n");
            }
        }

        return builder.ToString();
    }

    private static CaseFile Build(string text, string path) => ModelBuilder.Build(CaseFileParser.Parse(path, text));

    /// <summary>Each attribute bag's values, as canonical terms and normalised dates, in source order.</summary>
    private static List<(string Owner, List<string> Values)> Describe(CaseFile file) =>
        file.AttributeBags
            .Select(pair => (pair.Owner?.Id.ToString() ?? "case", pair.Attributes.All.Select(a => $"{a.Key.Canonical} = {Describe(a.Value)}").ToList()))
            .ToList();

    private static string Describe(BoundValue? value) => value switch
    {
        null => "(nothing)",
        TextValue text => $"text '{text.Text}'",
        TermValue term => $"term {term.Term.Canonical}",
        TermListValue list => $"terms {string.Join(", ", list.Items.Select(i => i.Term.Canonical))}",
        DateValue date => $"date {date.Value}",
        PeriodValue period => $"period {period.Value} ({period.Reason?.Term.Canonical ?? "no reason"})",
        ReferenceValue reference => $"{reference.Id} → {reference.Target?.Id.ToString() ?? "undefined"}",
        ReferenceListValue list => string.Join(", ", list.Items.Select(i => $"{i.Id} → {i.Target?.Id.ToString() ?? "undefined"}")),
        _ => value.ToString(),
    };

    /// <summary>What the parser reads as a key (CaseFileParser's key pattern, without the colon).</summary>
    [GeneratedRegex(@"^\p{L}[\p{L}\p{N}\p{M}_\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
