using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>Reads an attribute's text by its key's shape, recording what cannot be read.</summary>
internal static class ValueReader
{
    public static BoundAttribute Read(KeyDefinition key, AttributeSyntax syntax)
    {
        if (syntax.IsEmpty && syntax.Comment is null)
        {
            // An empty value is a placeholder being filled in, not an error (rules.md).
            return new BoundAttribute(key, syntax, null);
        }

        // Most values read cleanly: the list of problems is made only when there is one.
        var problems = new ProblemList();
        var value = ReadValue(key, syntax, ref problems);
        return problems.List is { } list ? new BoundAttribute(key, syntax, value) { Problems = list } : new BoundAttribute(key, syntax, value);
    }

    private static BoundValue? ReadValue(KeyDefinition key, AttributeSyntax syntax, ref ProblemList problems)
    {
        var source = syntax.ValueText;
        switch (key.Shape)
        {
            case ValueShape.Text text:
                if (text.AllowsNone && Terms.None.Find(source.Text) is { } none)
                {
                    return new TermValue(source, none);
                }

                return source.Text.Length == 0 ? null : new TextValue(source);

            case ValueShape.Enumeration { Values: var set, IsList: false }:
                if (source.Text.Length == 0)
                {
                    return null;
                }

                if (set.Find(source.Text) is { } term)
                {
                    return new TermValue(source, term);
                }

                // A kind the law does not provide is a fact for CF0201, not a misspelling.
                if (key.Entity == EntityKind.Evidence && key.Canonical == "kind")
                {
                    return new TextValue(source);
                }

                problems.Add(new AttributeProblem(AttributeProblemKind.NotInEnumeration, source, set));
                return null;

            case ValueShape.Enumeration { Values: var set, IsList: true }:
            {
                var items = new List<TermValue>();
                foreach (var part in source.Split(','))
                {
                    if (set.Find(part.Text) is { } listTerm)
                    {
                        items.Add(new TermValue(part, listTerm));
                    }
                    else
                    {
                        problems.Add(new AttributeProblem(AttributeProblemKind.NotInEnumeration, part, set));
                    }
                }

                return items.Count == 0 ? null : new TermListValue(source, items);
            }

            case ValueShape.DateTime:
                if (source.Text.Length == 0)
                {
                    return null;
                }

                if (CaseDateTime.TryParse(source.Text, out var date))
                {
                    return new DateValue(source, date);
                }

                problems.Add(new AttributeProblem(AttributeProblemKind.NotADate, source));
                return null;

            case ValueShape.Period:
                return ReadPeriod(source, null, ref problems);

            case ValueShape.PeriodWithReason { Reasons: var reasons }:
            {
                TermValue? reason = null;
                if (syntax.Comment is { } comment)
                {
                    if (reasons.Find(comment.Text) is { } reasonTerm)
                    {
                        reason = new TermValue(comment, reasonTerm);
                    }
                    else
                    {
                        problems.Add(new AttributeProblem(AttributeProblemKind.NotInEnumeration, comment, reasons));
                    }
                }

                return ReadPeriod(source, reason, ref problems);
            }

            case ValueShape.Reference { IsList: false } reference:
                return source.Text.Length == 0 ? null : ReadReference(source, reference.Words, ref problems);

            case ValueShape.Reference { IsList: true } reference:
            {
                var items = new List<ReferenceValue>();
                foreach (var part in source.Split(','))
                {
                    if (ReadReference(part, reference.Words, ref problems) is ReferenceValue item)
                    {
                        items.Add(item);
                    }
                }

                return items.Count == 0 ? null : new ReferenceListValue(source, items);
            }

            case ValueShape.TextOrReference:
                if (source.Text.Length == 0)
                {
                    return null;
                }

                return EntityId.TryParse(source.Text, out var id) ? new ReferenceValue(source, id) : new TextValue(source);

            default:
                throw new InvalidOperationException($"No reader for {key.Shape}.");
        }
    }

    private struct ProblemList
    {
        public List<AttributeProblem>? List;

        public void Add(AttributeProblem problem) => (List ??= []).Add(problem);
    }

    private static BoundValue? ReadReference(ValueText source, TermSet? words, ref ProblemList problems)
    {
        if (EntityId.TryParse(source.Text, out var id))
        {
            return new ReferenceValue(source, id);
        }

        if (words?.Find(source.Text) is { } word)
        {
            return new TermValue(source, word);
        }

        problems.Add(new AttributeProblem(AttributeProblemKind.NotAnIdOrWord, source, words));
        return null;
    }

    private static PeriodValue? ReadPeriod(ValueText source, TermValue? reason, ref ProblemList problems)
    {
        if (source.Text.Length == 0)
        {
            return null;
        }

        if (source.SplitOnce("..") is not var (fromText, toText))
        {
            problems.Add(new AttributeProblem(AttributeProblemKind.NotAPeriod, source));
            return null;
        }

        var fromOk = CaseDateTime.TryParse(fromText.Text, out var from);
        var toOk = CaseDateTime.TryParse(toText.Text, out var to);
        if (!fromOk)
        {
            problems.Add(new AttributeProblem(fromText.Text.Length == 0 ? AttributeProblemKind.NotAPeriod : AttributeProblemKind.NotADate, fromText.Text.Length == 0 ? source : fromText));
        }

        if (!toOk)
        {
            problems.Add(new AttributeProblem(toText.Text.Length == 0 ? AttributeProblemKind.NotAPeriod : AttributeProblemKind.NotADate, toText.Text.Length == 0 ? source : toText));
        }

        return fromOk && toOk ? new PeriodValue(source, new CasePeriod(from, to), reason) : null;
    }
}
