using System.Text;
using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph16;

/// <summary>
/// Para 16: where "the case contains several opinions of experts with different conclusions on
/// the same questions", the court "must state the grounds on which it takes one or another expert
/// opinion into account". Two expert opinions whose <c>question</c> is the same and whose
/// <c>conclusion</c> differs are flagged unless one is <c>preferred-over</c> the other and that one
/// gives a <c>preference-reason</c>. Reported once per pair, on the later item in document order
/// (the files of the case in path order, then the text), with the other in relatedInformation.
/// Texts are compared after <see cref="Normalize"/>. An opinion with <c>status: excluded</c> is no
/// longer evidence, so there is nothing left to weigh it against.
/// </summary>
public sealed class CF1605ConflictingExpertOpinions : Rule
{
    /// <summary>What <see cref="Normalize"/> drops at either end of a text.</summary>
    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '…', ' '];

    public override RuleDescriptor Descriptor { get; } = new("CF1605", "conflicting-expert-opinions", "16", Severity.Warning);

    public override void Check(RuleContext context)
    {
        var opinions = context.File.Group.Files
            .SelectMany(f => f.Evidence)
            .Where(e => e.IsOfKind("expert-opinion") && !e.IsExcluded)
            .Select(e => (Evidence: e, Question: Normalized(e, "question"), Conclusion: Normalized(e, "conclusion")))
            .Where(o => o.Question is not null && o.Conclusion is not null)
            .ToList();

        for (var later = 0; later < opinions.Count; later++)
        {
            var (evidence, question, conclusion) = opinions[later];
            if (evidence.File != context.File)
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                var other = opinions[earlier];
                if (other.Question != question || other.Conclusion == conclusion || other.Evidence.Id == evidence.Id)
                {
                    continue;
                }

                var preference = PreferenceBetween(evidence, other.Evidence);
                if (preference is { HasReason: true })
                {
                    continue;
                }

                var questionText = evidence.Attributes.Text("question")!;
                var message = preference is { } p
                    ? context.MessageVariant("NoReason", evidence.Id, other.Evidence.Id, questionText, p.Preferred.Id, p.Over.Id)
                    : context.Message(evidence.Id, other.Evidence.Id, questionText);
                context.Report(
                    evidence.Attributes["conclusion"]!.ValueSpan,
                    message,
                    evidence,
                    RuleContext.At(other.Evidence, other.Evidence.Attributes["conclusion"]!, new Message("CF1605_RelatedOther", other.Evidence.Id)));
            }
        }
    }

    /// <summary>
    /// The form in which two questions (or conclusions) are compared: case ignored, runs of white
    /// space as one space, no white space or punctuation (. , ; : ! ? …) at either end, and "ё" read
    /// as "е". A parenthesised comment at the end of the value is not part of the text.
    /// </summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c == 'ё' ? 'е' : c);
        }

        return builder.ToString().Trim(Punctuation);
    }

    private static string? Normalized(Evidence evidence, string key) =>
        evidence.Attributes.Text(key) is { } text && Normalize(text) is { Length: > 0 } normalized ? normalized : null;

    /// <summary>Which of the two is preferred over the other, if either is; a stated reason wins.</summary>
    private static (Evidence Preferred, Evidence Over, bool HasReason)? PreferenceBetween(Evidence a, Evidence b)
    {
        (Evidence, Evidence, bool)? found = null;
        foreach (var (preferred, over) in new[] { (a, b), (b, a) })
        {
            if (preferred.Attributes.Reference("preferred-over")?.Id != over.Id)
            {
                continue;
            }

            var hasReason = preferred.Attributes.Text("preference-reason") is not null;
            if (hasReason)
            {
                return (preferred, over, true);
            }

            found ??= (preferred, over, false);
        }

        return found;
    }
}
