using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Rules.Paragraph15;

namespace Casefile.Rules.Paragraph16;

/// <summary>
/// Para 16: an expert's opinion "obtained as a result of an expert examination ordered by a person
/// without authority or without an order" is not admissible. The order is
/// <c>appointment-resolution</c> (flagged when it is <c>none</c>; an absent key states nothing);
/// who ordered it is <c>appointed-by</c>, which must be an official without <c>authorized: no</c>.
/// Both faults are reported, each on its own attribute.
/// </summary>
public sealed class CF1601UnlawfulAppointment : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1601", "unlawful-expertise-appointment", "16", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("expert-opinion"))
            {
                continue;
            }

            if (evidence.Attributes.IsNone("appointment-resolution"))
            {
                context.Report(evidence.Attributes["appointment-resolution"]!.ValueSpan, context.Message(evidence.Id), evidence);
            }

            if (evidence.Attributes.Target<Person>("appointed-by") is { } appointer
                && Authority.FaultOf(appointer) is var fault and not AuthorityFault.None)
            {
                var role = new LocalizedTerm(appointer.Role!);
                var message = fault == AuthorityFault.NotAuthorized
                    ? context.MessageVariant("NotAuthorized", evidence.Id, appointer.Id, role)
                    : context.MessageVariant("NotOfficial", evidence.Id, appointer.Id, role);
                context.Report(
                    evidence.Attributes["appointed-by"]!.ValueSpan,
                    message,
                    evidence,
                    RuleContext.At(appointer, Authority.AttributeOf(appointer, fault), new Message("CF1601_RelatedAppointer", appointer.Id)));
            }
        }
    }
}
