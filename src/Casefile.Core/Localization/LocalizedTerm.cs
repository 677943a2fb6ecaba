using Casefile.Vocabulary;

namespace Casefile.Localization;

/// <summary>A key or value shown in the reader's language: its Kazakh or Russian form, or the canonical one.</summary>
public sealed record LocalizedTerm(Term Term) : ILocalizable
{
    public string Format(Language language) => Term.FormIn(language);
}

/// <summary>Several terms, comma-separated, each in the reader's language.</summary>
public sealed record LocalizedTermList(IReadOnlyList<Term> Terms) : ILocalizable
{
    public string Format(Language language) => string.Join(", ", Terms.Select(t => t.FormIn(language)));
}

/// <summary>A fixed text from Messages.resx used as an argument ("a person", "an evidence item").</summary>
public sealed record LocalizedText(string ResourceName) : ILocalizable
{
    public string Format(Language language) => Strings.Get(ResourceName, language);

    public static LocalizedText EntityKind(EntityKind kind) => new($"Entity_{kind}");

    /// <summary>"P-" as "a person", "PE" as "a person or an evidence item".</summary>
    public static ILocalizable Prefixes(string prefixes) => new PrefixList(prefixes);

    private sealed record PrefixList(string Prefixes) : ILocalizable
    {
        public string Format(Language language) => string.Join(
            Strings.Get("Word_Or", language),
            Prefixes.Select(p => Strings.Get($"Entity_{EntityKinds.FromPrefix(p)}", language)));
    }
}
