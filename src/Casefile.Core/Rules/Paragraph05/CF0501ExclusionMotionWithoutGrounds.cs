using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph05;

/// <summary>
/// Para 5: "a motion of a participant in the process to recognise evidence as inadmissible and to
/// exclude it must be reasoned". A motion <c>type: exclude-evidence</c> whose <c>grounds</c> is
/// absent, empty or <c>none</c> gives no reasons.
/// </summary>
public sealed class CF0501ExclusionMotionWithoutGrounds : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0501", "exclusion-motion-without-grounds", "5", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var motion in context.File.Motions)
        {
            if (!motion.IsToExcludeEvidence || Stated.Has(motion.Attributes, "grounds"))
            {
                continue;
            }

            var message = motion.Target is { } target
                ? context.Message(motion.Id, target.Id)
                : context.MessageVariant("NoTarget", motion.Id);
            var related = motion.Target is { } evidence
                ? new[] { RuleContext.At(evidence, new Message("CF0501_RelatedTarget", evidence.Id)) }
                : [];
            context.Report(Stated.MissingSpan(motion, "grounds"), message, motion, related);
        }
    }
}
