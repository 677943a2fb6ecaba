using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph05;

/// <summary>
/// Para 5: "a motion made in written form is attached to the case, and an oral motion is entered
/// in the protocol of the trial". A motion <c>form: oral</c> with no <c>transcript</c> (absent,
/// empty or <c>none</c>) is not shown to be on record.
/// </summary>
public sealed class CF0502OralMotionWithoutTranscript : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0502", "oral-motion-without-transcript", "5", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var motion in context.File.Motions)
        {
            if (motion.Attributes.Is("form", "oral") && !Stated.Has(motion.Attributes, "transcript"))
            {
                context.Report(Stated.MissingSpan(motion, "transcript"), context.Message(motion.Id), motion);
            }
        }
    }
}
