using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Format;

/// <summary>A key given twice where it may not repeat; the first occurrence is the one that counts.</summary>
public sealed class CF0009RepeatedKey : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0009", "repeated-key", null, Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, bag) in context.File.AttributeBags)
        {
            foreach (var group in bag.All.Where(a => !a.Key.Repeatable).GroupBy(a => a.Key))
            {
                var first = group.First();
                foreach (var repeat in group.Skip(1))
                {
                    var related = RuleContext.At(context.File, first, new Message("Related_FirstOccurrence", first.Syntax.Key));
                    context.Report(repeat.KeySpan, context.Message(repeat.Syntax.Key, first.Syntax.Line + 1), owner?.Id, [related]);
                }
            }
        }
    }
}
