using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Rules.Paragraph22;

namespace Casefile.Rules.Paragraph24;

/// <summary>
/// Para 24, fourth part: when the use of unlawful methods of investigation (inquiry) is confirmed,
/// courts must recognise the evidence obtained in this way as inadmissible.
/// </summary>
public sealed class CF2402ConfirmedComplaint : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2402", "confirmed-complaint", "24", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.YesNo("complaint-confirmed") != true)
            {
                continue;
            }

            var span = evidence.Attributes["complaint-confirmed"]!.ValueSpan;
            var message = evidence.Attributes["complaint"] is { IsEmpty: false } complaint
                ? context.Message(evidence.Id, Facts.Written(complaint))
                : context.MessageVariant("Unspecified", evidence.Id);
            context.Report(span, message, evidence);
        }
    }
}
