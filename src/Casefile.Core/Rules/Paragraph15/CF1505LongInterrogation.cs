using System.Globalization;
using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph15;

/// <summary>
/// Para 15: testimony taken "for more than four hours continuously" is not admissible, except in
/// a situation that brooks no delay. Four hours is strict (rules.md): 4 h 00 min passes, 4 h 01 min
/// does not. It needs both <c>start</c> and <c>end</c>; with a bare date the interrogation is
/// flagged only when even its shortest possible length exceeds four hours.
/// </summary>
public sealed class CF1505LongInterrogation : Rule
{
    private static readonly TimeSpan Limit = TimeSpan.FromHours(4);

    public override RuleDescriptor Descriptor { get; } = new("CF1505", "long-interrogation", "15", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony || evidence.IsUrgent || evidence.Start is not { } start || evidence.End is not { } end)
            {
                continue;
            }

            // The shortest the interrogation can have lasted: exact when both carry a time of day.
            var shortest = end.Earliest - start.Latest;
            if (shortest <= Limit)
            {
                continue;
            }

            var whose = evidence.Person is { } person ? person.Id.ToString() : "—";
            var exact = start.HasTime && end.HasTime;
            var endText = exact && end.Date == start.Date ? end.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture) : end.ToString();
            var message = exact
                ? context.Message(whose, start.ToString(), endText, new LocalizedDuration(shortest))
                : context.MessageVariant("AtLeast", whose, start.ToString(), endText, new LocalizedDuration(shortest));
            var related = new List<RelatedLocation>
            {
                RuleContext.At(evidence, evidence.Attributes["start"]!, new Message("Related_StartHere")),
            };
            if (evidence.Person is { } p)
            {
                related.Add(RuleContext.At(p, new Message("Related_InterrogatedPerson", p.Id)));
            }

            context.Report(evidence.Attributes["end"]!.ValueSpan, message, evidence, [.. related]);
        }
    }
}
