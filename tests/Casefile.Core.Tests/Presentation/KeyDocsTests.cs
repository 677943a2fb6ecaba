using System.Text.RegularExpressions;
using Casefile.Localization;
using Casefile.Presentation;
using Casefile.Resolution;
using Casefile.Vocabulary;

namespace Casefile.Tests.Presentation;

/// <summary>Every key and every documented value speaks all three languages; the paragraphs a key cites are real.</summary>
public sealed partial class KeyDocsTests
{
    public static TheoryData<EntityKind> EntityKindsWithKeys => [.. Enum.GetValues<EntityKind>()];

    [Theory]
    [MemberData(nameof(EntityKindsWithKeys))]
    public void Every_key_has_its_meaning_in_English_Kazakh_and_Russian(EntityKind entity)
    {
        foreach (var key in Keys.For(entity))
        {
            var name = KeyDocs.MeaningName(key);
            var english = Strings.GetExact(name, Language.En);
            Assert.True(english is not null, $"{name} is missing in Messages.resx");
            Assert.Equal(ParagraphSuffix().Replace(key.Meaning, string.Empty), english);
            foreach (var language in new[] { Language.Kk, Language.Ru })
            {
                var text = Strings.GetExact(name, language);
                Assert.True(!string.IsNullOrWhiteSpace(text), $"{name} has no {language.Code()} text");
                Assert.NotEqual(english, text);
                Assert.Matches(language == Language.Kk ? "[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]" : "[А-Яа-яЁё]", text!);
            }
        }
    }

    [Fact]
    public void The_meaning_drops_the_paragraph_reference_which_the_hover_shows_on_its_own_line()
    {
        var kind = Keys.Get(EntityKind.Evidence, "kind");
        Assert.Equal("Source of evidence.", KeyDocs.Meaning(kind, Language.En));
        Assert.Equal("Источник доказательства.", KeyDocs.Meaning(kind, Language.Ru));
        Assert.Equal(["2"], KeyDocs.Paragraphs(kind));
        Assert.Equal(["15", "22"], KeyDocs.Paragraphs(Keys.Get(EntityKind.Evidence, "urgent")));
        Assert.Equal(["11", "15", "18", "22", "23-1"], KeyDocs.Paragraphs(Keys.Get(EntityKind.Evidence, "start")));
        Assert.Equal(["18", "23-1"], KeyDocs.Paragraphs(Keys.Get(EntityKind.Case, "registered")));
        Assert.Empty(KeyDocs.Paragraphs(Keys.Get(EntityKind.Case, "case")));
    }

    [Fact]
    public void A_keys_paragraphs_include_those_its_meaning_cites_and_are_paragraphs_of_the_resolution()
    {
        foreach (var key in Enum.GetValues<EntityKind>().SelectMany(Keys.For))
        {
            var paragraphs = KeyDocs.Paragraphs(key);
            Assert.All(paragraphs, p => Assert.Contains(p, ResolutionTexts.ParagraphNumbers));
            foreach (Match match in ParagraphSuffix().Matches(key.Meaning))
            {
                foreach (var cited in match.Groups[1].Value.Split(", "))
                {
                    Assert.Contains(cited, paragraphs);
                }
            }
        }
    }

    [Fact]
    public void Every_value_meaning_names_a_value_some_key_accepts_and_speaks_three_languages()
    {
        var values = Enum.GetValues<EntityKind>()
            .SelectMany(Keys.For)
            .SelectMany(k => KeyDocs.WordSets(k.Shape))
            .Distinct()
            .SelectMany(set => set.Terms.Select(term => KeyDocs.ValueMeaningName(set, term)))
            .ToHashSet(StringComparer.Ordinal);
        var documented = Strings.Names().Where(n => n.StartsWith("Value_", StringComparison.Ordinal)).ToList();
        Assert.True(documented.Count > 50, $"only {documented.Count} values documented");
        Assert.All(documented, name =>
        {
            Assert.True(values.Contains(name), $"{name} names no value of any key");
            Assert.False(string.IsNullOrWhiteSpace(Strings.GetExact(name, Language.Kk)), $"{name} has no kk text");
            Assert.False(string.IsNullOrWhiteSpace(Strings.GetExact(name, Language.Ru)), $"{name} has no ru text");
        });
    }

    [Fact]
    public void Every_hover_label_speaks_three_languages()
    {
        var labels = Strings.Names().Where(n => n.StartsWith("Hover_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(labels);
        foreach (var name in labels)
        {
            var english = Strings.GetExact(name, Language.En)!;
            foreach (var language in new[] { Language.Kk, Language.Ru })
            {
                var text = Strings.GetExact(name, language);
                Assert.False(string.IsNullOrWhiteSpace(text), $"{name} has no {language.Code()} text");
                Assert.Equal(Placeholders(english), Placeholders(text!));
            }
        }
    }

    private static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\s*\(paras? ([0-9, \-]+)\)(?=\.?$)")]
    private static partial Regex ParagraphSuffix();

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex PlaceholderPattern();
}
