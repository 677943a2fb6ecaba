using Casefile.Localization;
using Casefile.Vocabulary;

namespace Casefile.Presentation;

/// <summary>A key (its meaning, value, spellings and the paragraphs that read it) and an enumerated value (its spellings and meaning).</summary>
public static class KeyHover
{
    private static readonly string[] DateExamples = ["2024-03-02", "2024-03-02 23:10", "02.03.2024", "02.03.2024 23:10"];

    public static void WriteKey(MarkupWriter writer, KeyDefinition key, Language language)
    {
        writer.Paragraph($"{Name(writer, key.Term, language)} · {writer.Text(Strings.Get($"Hover_KeyOf_{key.Entity}", language))}");
        writer.Paragraph(writer.Text(KeyDocs.Meaning(key, language)));
        writer.Paragraph(writer.Template(Strings.Get("Hover_Value", language), Shape(writer, key.Shape, language)));
        writer.Paragraph(Spellings(writer, key.Term, language));
        if (KeyDocs.Paragraphs(key) is { Count: > 0 } paragraphs)
        {
            writer.Paragraph(writer.Template(Strings.Get("Hover_Paragraphs", language), string.Join(", ", paragraphs)));
        }
    }

    public static void WriteValue(MarkupWriter writer, KeyDefinition key, TermSet set, Term value, Language language)
    {
        var of = writer.Template(Strings.Get("Hover_ValueOf", language), writer.Code(key.Term.FormIn(language)));
        writer.Paragraph($"{Name(writer, value, language)} · {of}");
        if (KeyDocs.ValueMeaning(set, value, language) is { } meaning)
        {
            writer.Paragraph(writer.Text(meaning));
        }

        writer.Paragraph(Spellings(writer, value, language));
    }

    /// <summary>What the key's value may be, in the reader's words, allowed values in the reader's spelling.</summary>
    public static string Shape(MarkupWriter writer, ValueShape shape, Language language)
    {
        string T(string name, params string[] args) => writer.Template(Strings.Get(name, language), args);
        string Words(TermSet set) => string.Join(", ", set.Terms.Select(t => writer.Code(t.FormIn(language))));
        string Kinds(string prefixes) => writer.Text(LocalizedText.Prefixes(prefixes).Format(language));

        return shape switch
        {
            ValueShape.Text { AllowsNone: true } => T("Hover_Shape_TextOrNone", Words(Terms.None)),
            ValueShape.Text => T("Hover_Shape_Text"),
            ValueShape.Enumeration { IsList: true } e => T("Hover_Shape_ListOf", Words(e.Values)),
            ValueShape.Enumeration e => T("Hover_Shape_OneOf", Words(e.Values)),
            ValueShape.DateTime => T("Hover_Shape_Date", string.Join(", ", DateExamples.Select(writer.Code))),
            ValueShape.Period => T("Hover_Shape_Period", writer.Code("2024-04-01 .. 2024-04-10")),
            ValueShape.PeriodWithReason p => T("Hover_Shape_PeriodWithReason", writer.Code("2024-04-01 .. 2024-04-10"), Words(p.Reasons)),
            ValueShape.Reference r => Reference(r),
            ValueShape.TextOrReference r => T("Hover_Shape_TextOrReference", Kinds(r.Prefixes)),
            _ => string.Empty,
        };

        string Reference(ValueShape.Reference r)
        {
            var kinds = Kinds(r.Prefixes);
            if (r.RequiredRoles is { Count: > 0 } roles)
            {
                kinds = T("Hover_Shape_WithRole", kinds, string.Join(", ", roles.Select(role => writer.Code(Terms.Role[role].FormIn(language)))));
            }

            var ids = T(r.IsList ? "Hover_Shape_ReferenceList" : "Hover_Shape_Reference", kinds);
            return r.Words is { } words ? T("Hover_Shape_OrWords", ids, Words(words)) : ids;
        }
    }

    /// <summary>"`role` (en) · `рөлі`, `мәртебесі` (kk) · `роль`, `статус` (ru)".</summary>
    public static string Spellings(MarkupWriter writer, Term term, Language language)
    {
        var parts = new List<string> { $"{writer.Code(term.Canonical)} ({writer.Text(Strings.Get("Hover_Lang_En", language))})" };
        if (term.Kazakh.Count > 0)
        {
            parts.Add($"{string.Join(", ", term.Kazakh.Select(writer.Code))} ({writer.Text(Strings.Get("Hover_Lang_Kk", language))})");
        }

        if (term.Russian.Count > 0)
        {
            parts.Add($"{string.Join(", ", term.Russian.Select(writer.Code))} ({writer.Text(Strings.Get("Hover_Lang_Ru", language))})");
        }

        return writer.Template(Strings.Get("Hover_Spellings", language), string.Join(" · ", parts));
    }

    /// <summary>The term as the reader writes it, with the canonical form beside it when that differs.</summary>
    private static string Name(MarkupWriter writer, Term term, Language language)
    {
        var form = term.FormIn(language);
        var name = writer.Bold(writer.Code(form));
        return form == term.Canonical ? name : $"{name} ({writer.Code(term.Canonical)})";
    }
}
