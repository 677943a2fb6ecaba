using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.CaseFacts;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph15;

/// <summary>
/// Para 15: testimony taken "at night" (түнгі уақытта) is not admissible, except in a situation
/// that brooks no delay. Night is [22:00, 06:00); a span that only touches 22:00 or 06:00 at its
/// edge is not flagged (rules.md). Without a time of day nothing is certain, so nothing fires.
/// </summary>
public sealed class CF1504NightInterrogation : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1504", "night-interrogation", "15", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony || evidence.IsUrgent || evidence.Instant is not { HasTime: true } start)
            {
                continue;
            }

            var from = start.Earliest;
            var to = evidence.End is { HasTime: true } end && end.Earliest > from ? end.Earliest : from;
            var night = NightTime.Overlap(from, to);
            if (night == TimeSpan.Zero && !(from == to && NightTime.IsNight(TimeOnly.FromDateTime(from))))
            {
                continue;
            }

            var attribute = evidence.Attributes.Date("start") is not null ? evidence.Attributes["start"]! : evidence.Attributes["date"]!;
            var whose = evidence.Person is { } person ? person.Id.ToString() : "—";
            var message = from == to
                ? context.MessageVariant("Instant", whose, TimeOnly.FromDateTime(from).ToString("HH:mm"))
                : context.Message(whose, TimeOnly.FromDateTime(from).ToString("HH:mm"), TimeOnly.FromDateTime(to).ToString("HH:mm"), new LocalizedDuration(night));
            var related = evidence.Person is { } p ? new[] { RuleContext.At(p, new Message("Related_InterrogatedPerson", p.Id)) } : [];
            context.Report(attribute.ValueSpan, message, evidence, related);
        }
    }
}
