using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Format;

/// <summary>A key given twice where it may not repeat; the first occurrence is the one that counts.</summary>
public sealed class CF0009RepeatedKey : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0009", "repeated-key", null, Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, bag) in context.File.AttributeBags)
        {
            if (!bag.HasRepeatedKeys)
            {
                continue;
            }

            var all = bag.All;
            for (var i = 1; i < all.Count; i++)
            {
                var repeat = all[i];
                if (repeat.Key.Repeatable || FirstOccurrence(all, i) is not { } first)
                {
                    continue;
                }

                var related = RuleContext.At(context.File, first, new Message("Related_FirstOccurrence", first.Syntax.Key));
                context.Report(repeat.KeySpan, context.Message(repeat.Syntax.Key, first.Syntax.Line + 1), owner?.Id, [related]);
            }
        }
    }

    /// <summary>The first attribute before <paramref name="index"/> with the same key, or null.</summary>
    private static BoundAttribute? FirstOccurrence(IReadOnlyList<BoundAttribute> all, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (all[j].Key == all[index].Key)
            {
                return all[j];
            }
        }

        return null;
    }
}
