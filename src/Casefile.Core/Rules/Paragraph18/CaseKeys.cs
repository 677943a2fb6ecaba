using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph18;

/// <summary>What the para 18 rules share: the case keys a date conflicts with, as related locations.</summary>
internal static class CaseKeys
{
    /// <summary>A related location at a case key (<c>registered</c>, <c>deadline</c> …) of the file being checked.</summary>
    public static RelatedLocation At(RuleContext context, BoundAttribute attribute, Message message) =>
        RuleContext.At(context.Case.FileOf(attribute), attribute, message);

    /// <summary>The first attribute of <paramref name="key"/> among the case keys, when it holds a value.</summary>
    public static BoundAttribute? Attribute(RuleContext context, string key) =>
        context.Case.Key(key)?.Attribute;
}
