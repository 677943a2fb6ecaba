using Casefile.CaseFacts;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.LanguageServer.Features.InlayHints;

/// <summary>One hint: the offset it stands at (the end of an attribute), its label and tooltip.</summary>
public sealed record CaseHint(int Offset, string Label, string? Tooltip);

/// <summary>
/// The computed facts shown inline: after an action's <c>end</c> how long it lasted and how much
/// of it fell at night (para 15); after <c>date</c>/<c>start</c> the day of the investigation;
/// after <c>registered</c> the days to the <c>deadline</c>.
/// </summary>
public static class CaseHints
{
    public static IReadOnlyList<CaseHint> For(CaseFile model, Language language)
    {
        var hints = new List<CaseHint>();
        // A case split over files states its keys once: registration and deadline may come from
        // another file of the case; the deadline hint stands where this file writes registered.
        var registered = model.Case.Registered;
        if (model.Case.Attributes["registered"] is { Value: DateValue { Value: var from } } written
            && model.Case.Deadline is { } deadline
            && InvestigationDay.DaysToDeadline(from, deadline) is { } days)
        {
            hints.Add(new CaseHint(
                EndOf(model.Text, written),
                FactTexts.DaysToDeadline(days, language),
                FactTexts.Format("InlayHint_DeadlineTooltip", language, from, deadline)));
        }

        foreach (var evidence in model.Evidence)
        {
            foreach (var key in new[] { "date", "start" })
            {
                if (evidence.Attributes[key] is { Value: DateValue { Value: var date } } attribute)
                {
                    if (registered is { } registration)
                    {
                        hints.Add(new CaseHint(
                            EndOf(model.Text, attribute),
                            FactTexts.Day(InvestigationDay.Of(registration, date), language),
                            FactTexts.Format("InlayHint_DayTooltip", language, registration)));
                    }

                    // The instant para 15 looks at: start, else date.
                    var isInstant = key == (evidence.Start is null ? "date" : "start");
                    if (isInstant && ActionPeriod.BeganAtNightWithoutEnd(evidence))
                    {
                        hints.Add(new CaseHint(EndOf(model.Text, attribute), FactTexts.BeganAtNight(language), Strings.Get("InlayHint_NightTooltip", language)));
                    }
                }
            }

            if (ActionPeriod.Of(evidence) is { } period && evidence.Attributes["end"] is { } end)
            {
                var tooltip = FactTexts.Format("InlayHint_DurationTooltip", language, evidence.Start!.Value, evidence.End!.Value);
                if (evidence.IsTestimony)
                {
                    tooltip += "\n\n" + Strings.Get("InlayHint_LongTestimonyTooltip", language);
                }

                hints.Add(new CaseHint(EndOf(model.Text, end), FactTexts.Duration(period.Duration, language), tooltip));
                if (period.AtNight > TimeSpan.Zero)
                {
                    hints.Add(new CaseHint(EndOf(model.Text, end), FactTexts.Night(period.AtNight, language), Strings.Get("InlayHint_NightTooltip", language)));
                }
            }
        }

        return hints.OrderBy(h => h.Offset).ToList();
    }

    /// <summary>After the value and its parenthesised comment, if any: the end of the value's last line, trailing spaces aside.</summary>
    private static int EndOf(SourceText text, BoundAttribute attribute)
    {
        var line = text.GetLineSpan(text.GetLineIndex(attribute.Syntax.KeyAndValueSpan.End));
        var end = line.End;
        while (end > line.Start && char.IsWhiteSpace(text.Text[end - 1]))
        {
            end--;
        }

        return Math.Max(end, attribute.Syntax.KeyAndValueSpan.End);
    }
}
