using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Format;

/// <summary>An ID defined twice in one case; reported on the second definition, references resolve to the first.</summary>
public sealed class CF0005DuplicateId : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0005", "duplicate-id", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var (duplicate, first) in context.File.Group.Duplicates)
        {
            if (duplicate.File != context.File)
            {
                continue;
            }

            context.Report(
                duplicate.Syntax.IdSpan,
                context.Message(duplicate.Id),
                duplicate.Id,
                [RuleContext.At(first, new Message("Related_FirstDefinition", first.Id))]);
        }
    }
}
