using System.Text;
using Casefile.Localization;
using Casefile.Presentation;
using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>
/// What a key means and what it takes, in the reader's language, with the values spelled as the
/// file writes them: the documentation of a key's completion item.
/// </summary>
internal static class KeyDocumentation
{
    public static string For(CompletionScope scope, KeyDefinition key)
    {
        var text = new StringBuilder();
        text.Append(KeyDocs.Meaning(key, scope.Reader)).Append("\n\n");
        text.Append(Shape(scope, key.Shape));
        if (key.Repeatable)
        {
            text.Append(' ').Append(scope.Text("Completion_Doc_Repeatable"));
        }

        if (KeyDocs.Paragraphs(key) is { Count: > 0 } paragraphs)
        {
            text.Append("\n\n").Append(scope.Text("Completion_Doc_Paragraphs", string.Join(", ", paragraphs)));
        }

        var spellings = string.Join(" · ", Spellings(key.Term));
        text.Append("\n\n").Append(scope.Text("Completion_Doc_Spellings", spellings));
        return text.ToString();
    }

    /// <summary>The key's value in one line, as the file would write it: <c>yes | no</c>, <c>P- (defender) | none</c>, <c>YYYY-MM-DD HH:MM</c>.</summary>
    public static string Summary(CompletionScope scope, ValueShape shape)
    {
        const int shown = 4;
        string Words(IEnumerable<Term> terms) => string.Join(" | ", terms.Select(t => t.FormIn(scope.Writing)));
        return shape switch
        {
            ValueShape.Enumeration { Values.Terms: var terms, IsList: var isList } =>
                (terms.Count > shown + 1 ? Words(terms.Take(shown)) + " | …" : Words(terms)) + (isList ? ", …" : string.Empty),
            ValueShape.DateTime => "YYYY-MM-DD HH:MM",
            ValueShape.Period => "YYYY-MM-DD .. YYYY-MM-DD",
            ValueShape.PeriodWithReason => "YYYY-MM-DD .. YYYY-MM-DD (…)",
            ValueShape.Text { AllowsNone: true } => $"{scope.Text("Completion_Detail_Text")} | {Terms.None["none"].FormIn(scope.Writing)}",
            ValueShape.Text => scope.Text("Completion_Detail_Text"),
            ValueShape.TextOrReference reference => $"{scope.Text("Completion_Detail_Text")} | {Prefixes(reference.Prefixes)}",
            ValueShape.Reference reference => ReferenceSummary(scope, reference),
            _ => string.Empty,
        };
    }

    private static string ReferenceSummary(CompletionScope scope, ValueShape.Reference reference)
    {
        var ids = Prefixes(reference.Prefixes);
        if (reference.RequiredRoles is { Count: > 0 } roles)
        {
            ids += $" ({string.Join(", ", roles.Select(r => Terms.Role[r].FormIn(scope.Writing)))})";
        }

        if (reference.IsList)
        {
            ids += ", …";
        }

        return reference.Words is { } words ? $"{ids} | {string.Join(" | ", words.Terms.Select(t => t.FormIn(scope.Writing)))}" : ids;
    }

    private static string Prefixes(string prefixes) => string.Join(" | ", prefixes.Select(p => $"{p}-"));

    private static string Shape(CompletionScope scope, ValueShape shape)
    {
        string Code(IEnumerable<Term> terms) => string.Join(", ", terms.Select(t => $"`{t.FormIn(scope.Writing)}`"));
        string Entities(string prefixes) => LocalizedText.Prefixes(prefixes).Format(scope.Reader);
        return shape switch
        {
            ValueShape.Enumeration { IsList: true } list => scope.Text("Completion_Doc_SeveralOf", Code(list.Values.Terms)),
            ValueShape.Enumeration one => scope.Text("Completion_Doc_OneOf", Code(one.Values.Terms)),
            ValueShape.DateTime => scope.Text("Completion_Doc_Date"),
            ValueShape.Period => scope.Text("Completion_Doc_Period"),
            ValueShape.PeriodWithReason period => scope.Text("Completion_Doc_PeriodWithReason", Code(period.Reasons.Terms)),
            ValueShape.Text { AllowsNone: true } => scope.Text("Completion_Doc_TextOrNone", $"`{Terms.None["none"].FormIn(scope.Writing)}`"),
            ValueShape.Text => scope.Text("Completion_Doc_Text"),
            ValueShape.TextOrReference reference => scope.Text("Completion_Doc_TextOrReference", Entities(reference.Prefixes)),
            ValueShape.Reference reference => Reference(scope, reference, Entities(reference.Prefixes), Code),
            _ => string.Empty,
        };
    }

    private static string Reference(CompletionScope scope, ValueShape.Reference reference, string entities, Func<IEnumerable<Term>, string> code)
    {
        var text = new StringBuilder(scope.Text(reference.IsList ? "Completion_Doc_ReferenceList" : "Completion_Doc_Reference", entities));
        if (reference.RequiredRoles is { Count: > 0 } roles)
        {
            text.Append(' ').Append(scope.Text("Completion_Doc_Role", code(roles.Select(r => Terms.Role[r]))));
        }

        if (reference.Words is { } words)
        {
            text.Append(' ').Append(scope.Text("Completion_Doc_OrWords", code(words.Terms)));
        }

        return text.ToString();
    }

    /// <summary>"`kind` (en) · `түрі` (kk) · `вид` (ru)": every accepted spelling.</summary>
    public static IEnumerable<string> Spellings(Term term) =>
        new[] { (term.Canonical, "en") }
            .Concat(term.Kazakh.Select(f => (f, "kk")))
            .Concat(term.Russian.Select(f => (f, "ru")))
            .Select(p => $"`{p.Item1}` ({p.Item2})");

    /// <summary>The label first, then every other spelling once: what typed text may match.</summary>
    public static string FilterText(string label, Term term) =>
        string.Join(' ', new[] { label }.Concat(term.AllForms).Distinct(StringComparer.Ordinal));

    /// <summary>The spellings other than the label's, for the quieter description next to it.</summary>
    public static string OtherSpellings(string label, Term term) =>
        string.Join(" · ", new[] { term.Canonical, term.Kazakh.FirstOrDefault(), term.Russian.FirstOrDefault() }
            .OfType<string>()
            .Where(f => f != label)
            .Distinct(StringComparer.Ordinal));
}
