using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Rules.Paragraph22;

namespace Casefile.Rules.Paragraph23;

/// <summary>
/// Para 23, third part: if the source, the method and the conditions of obtaining the materials of
/// operational-search measures have not been established, such materials cannot be evidence. Each
/// of <c>origin-source</c>, <c>origin-method</c> and <c>origin-conditions</c> must be given; one that
/// is absent, empty or the word "none" is not established. All missing keys are named at once.
/// </summary>
public sealed class CF2301OriginNotEstablished : Rule
{
    private static readonly string[] OriginKeys = ["origin-source", "origin-method", "origin-conditions"];

    public override RuleDescriptor Descriptor { get; } = new("CF2301", "origin-not-established", "23", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("operational-material"))
            {
                continue;
            }

            var missing = OriginKeys.Where(key => Facts.IsNotEstablished(evidence, key)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            // One key written as "none" or left empty is the fault itself; otherwise the item as a whole.
            var span = missing is [var only] ? Facts.SpanOf(evidence.Attributes[only], evidence.HeadingSpan) : evidence.HeadingSpan;
            var keys = string.Join(", ", missing.Select(k => $"'{k}'"));
            context.Report(span, context.Message(evidence.Id, keys), evidence);
        }
    }
}
