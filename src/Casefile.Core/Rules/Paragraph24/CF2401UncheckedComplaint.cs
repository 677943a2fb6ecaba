using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Rules.Paragraph22;

namespace Casefile.Rules.Paragraph24;

/// <summary>
/// Para 24, first and second parts: courts must take all measures to verify the parties'
/// statements that unlawful methods of investigation were used to collect evidence, and examine the
/// materials of that verification. A <c>complaint</c> with no <c>complaint-check</c> (absent, empty
/// or <c>none</c>) shows no verification yet; a warning, since the check may still be done.
/// </summary>
public sealed class CF2401UncheckedComplaint : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2401", "unchecked-complaint", "24", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.Attributes.Has("complaint") || !Facts.IsNotEstablished(evidence, "complaint-check"))
            {
                continue;
            }

            var complaint = evidence.Attributes["complaint"]!;
            var span = Facts.SpanOf(evidence.Attributes["complaint-check"], complaint.ValueSpan);
            context.Report(span, context.Message(evidence.Id, Facts.Written(complaint)), evidence);
        }
    }
}
