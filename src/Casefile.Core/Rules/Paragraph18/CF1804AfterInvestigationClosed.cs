using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph18;

/// <summary>
/// Para 18, third part: factual data obtained while the accused was studying the case materials,
/// or while the case with the indictment was with the prosecutor, are inadmissible. The first is
/// the case's <c>familiarization</c> period (bounds inclusive); the second runs from
/// <c>indictment-sent</c> to <c>sent-to-court</c>, open-ended when the case is not yet recorded as
/// having reached the court. What the court itself takes is not concerned. Dates must be certain.
/// </summary>
public sealed class CF1804AfterInvestigationClosed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1804", "after-investigation-closed", "18", Severity.Error);

    public override void Check(RuleContext context)
    {
        var familiarization = context.Case.Familiarization;
        var familiarizationAttribute = CaseKeys.Attribute(context, "familiarization");
        var indictment = context.Case.IndictmentSent;
        var indictmentAttribute = CaseKeys.Attribute(context, "indictment-sent");
        var court = context.Case.SentToCourt;
        var courtAttribute = CaseKeys.Attribute(context, "sent-to-court");

        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Date is not { } date || evidence.TakenInCourt)
            {
                continue;
            }

            var span = evidence.DateAttribute!.ValueSpan;
            if (familiarization is { } period && familiarizationAttribute is not null && period.CertainlyContains(date))
            {
                context.Report(
                    span,
                    context.Message(evidence.Id, date, period),
                    evidence,
                    CaseKeys.At(context, familiarizationAttribute, new Message("CF1804_RelatedFamiliarization", period)));
                continue;
            }

            if (indictment is not { } sent || indictmentAttribute is null || !date.IsCertainlyAfter(sent))
            {
                continue;
            }

            var related = CaseKeys.At(context, indictmentAttribute, new Message("CF1804_RelatedIndictment", sent));
            if (court is { } reached && courtAttribute is not null)
            {
                if (date.IsCertainlyBefore(reached))
                {
                    context.Report(
                        span,
                        context.MessageVariant("WithProsecutor", evidence.Id, date, sent, reached),
                        evidence,
                        related,
                        CaseKeys.At(context, courtAttribute, new Message("CF1804_RelatedSentToCourt", reached)));
                }

                continue;
            }

            if (context.Case.IsWritten("sent-to-court"))
            {
                // Written but unreadable (CF0004): when the case reached the court is not certain.
                continue;
            }

            context.Report(span, context.MessageVariant("NotYetInCourt", evidence.Id, date, sent), evidence, related);
        }
    }
}
