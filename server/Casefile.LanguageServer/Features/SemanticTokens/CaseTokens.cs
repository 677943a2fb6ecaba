using Casefile.Model;
using Casefile.Navigation;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.LanguageServer.Features.SemanticTokens;

/// <summary>What a token is, as an index into <see cref="CaseTokens.TokenTypes"/>.</summary>
public enum CaseTokenType
{
    /// <summary>The case heading.</summary>
    Namespace,

    /// <summary>An ID: in an entity's heading (with <see cref="CaseTokenModifiers.Declaration"/>), as a value, or in prose.</summary>
    Class,

    /// <summary>A key.</summary>
    Property,

    /// <summary>An enumerated value or a special word (none, personal …).</summary>
    EnumMember,

    /// <summary>A date or date-time, and each end of a period.</summary>
    Number,

    /// <summary>A code in a casefile-ignore comment.</summary>
    Keyword,

    /// <summary>A value's trailing "(…)" free comment.</summary>
    Comment,
}

[Flags]
public enum CaseTokenModifiers
{
    None = 0,
    Declaration = 1,
}

public readonly record struct CaseToken(TextSpan Span, CaseTokenType Type, CaseTokenModifiers Modifiers = CaseTokenModifiers.None);

/// <summary>
/// Classifies what the format gives meaning to: the case heading, entity IDs, keys, enumerated
/// values, dates, references and suppressed codes. Free text and prose are left to the Markdown
/// grammar. Tokens come in source order, never overlap and never span lines.
/// </summary>
public static class CaseTokens
{
    /// <summary>The legend, in the order of <see cref="CaseTokenType"/>.</summary>
    public static IReadOnlyList<string> TokenTypes { get; } = ["namespace", "class", "property", "enumMember", "number", "keyword", "comment"];

    /// <summary>The modifiers, bit i for entry i.</summary>
    public static IReadOnlyList<string> TokenModifiers { get; } = ["declaration"];

    public static IReadOnlyList<CaseToken> For(CaseFile model)
    {
        var syntax = model.Syntax;
        var tokens = new List<CaseToken>();
        if (syntax.CaseHeading is { ContentSpan.Length: > 0 } heading)
        {
            tokens.Add(new CaseToken(heading.ContentSpan, CaseTokenType.Namespace));
        }

        foreach (var entity in syntax.Entities)
        {
            tokens.Add(new CaseToken(entity.IdSpan, CaseTokenType.Class, CaseTokenModifiers.Declaration));
        }

        foreach (var (_, bag) in model.AttributeBags)
        {
            foreach (var attribute in bag.All)
            {
                tokens.Add(new CaseToken(attribute.KeySpan, CaseTokenType.Property));
                AddValue(tokens, attribute.Value);
                if (attribute.Syntax.Comment is { } comment && attribute.Key.Shape is not ValueShape.PeriodWithReason)
                {
                    tokens.Add(new CaseToken(WithParentheses(syntax.Text, comment.Span), CaseTokenType.Comment));
                }
            }

            foreach (var unknown in bag.Unknown)
            {
                tokens.Add(new CaseToken(unknown.KeySpan, CaseTokenType.Property));
            }
        }

        foreach (var suppression in syntax.Suppressions)
        {
            foreach (var code in suppression.Codes)
            {
                tokens.Add(new CaseToken(code.Span, CaseTokenType.Keyword));
            }
        }

        foreach (var (_, span) in SyntaxLocator.Mentions(syntax))
        {
            tokens.Add(new CaseToken(span, CaseTokenType.Class));
        }

        return Normalize(syntax.Text, tokens);
    }

    private static void AddValue(List<CaseToken> tokens, BoundValue? value)
    {
        switch (value)
        {
            case TermValue term:
                tokens.Add(new CaseToken(term.Source.Span, CaseTokenType.EnumMember));
                break;
            case TermListValue list:
                tokens.AddRange(list.Items.Select(i => new CaseToken(i.Source.Span, CaseTokenType.EnumMember)));
                break;
            case DateValue date:
                tokens.Add(new CaseToken(date.Source.Span, CaseTokenType.Number));
                break;
            case PeriodValue period:
                if (period.Source.SplitOnce("..") is var (from, to))
                {
                    tokens.Add(new CaseToken(from.Span, CaseTokenType.Number));
                    tokens.Add(new CaseToken(to.Span, CaseTokenType.Number));
                }

                if (period.Reason is { } reason)
                {
                    tokens.Add(new CaseToken(reason.Source.Span, CaseTokenType.EnumMember));
                }

                break;
            case ReferenceValue reference:
                tokens.Add(new CaseToken(reference.Source.Span, CaseTokenType.Class));
                break;
            case ReferenceListValue references:
                tokens.AddRange(references.Items.Select(i => new CaseToken(i.Source.Span, CaseTokenType.Class)));
                break;
        }
    }

    /// <summary>The comment with its "(" and ")" when they stand on its lines, so that the whole "(room 305)" reads as one.</summary>
    private static TextSpan WithParentheses(SourceText text, TextSpan comment)
    {
        var start = comment.Start;
        while (start > 0 && text.Text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        var end = comment.End;
        while (end < text.Length && text.Text[end] is ' ' or '\t')
        {
            end++;
        }

        return start > 0 && text.Text[start - 1] == '(' && end < text.Length && text.Text[end] == ')'
            ? TextSpan.FromBounds(start - 1, end + 1)
            : comment;
    }

    /// <summary>Sorted, empty and overlapping tokens dropped (the earlier one wins), each cut at line ends.</summary>
    private static List<CaseToken> Normalize(SourceText text, List<CaseToken> tokens)
    {
        var result = new List<CaseToken>(tokens.Count);
        var last = 0;
        foreach (var token in tokens.Where(t => t.Span.Length > 0).OrderBy(t => t.Span.Start).ThenByDescending(t => t.Span.Length))
        {
            if (token.Span.Start < last)
            {
                continue;
            }

            var firstLine = text.GetLineIndex(token.Span.Start);
            var lastLine = text.GetLineIndex(token.Span.End);
            for (var line = firstLine; line <= lastLine; line++)
            {
                var lineSpan = text.GetLineSpan(line);
                var piece = TextSpan.FromBounds(Math.Max(token.Span.Start, lineSpan.Start), Math.Min(token.Span.End, lineSpan.End));
                if (piece.Length > 0)
                {
                    result.Add(token with { Span = piece });
                }
            }

            last = token.Span.End;
        }

        return result;
    }
}
