using Casefile.Model;

namespace Casefile.CaseFacts;

/// <summary>
/// When an investigative action (an interrogation, a search …) ran, known to the minute: both
/// <c>start</c> and <c>end</c> carry a time of day and the end comes after the start. With a
/// bare date the length is not a fact, and an end before the start is CF0008's business.
/// </summary>
public sealed record ActionPeriod(DateTime From, DateTime To)
{
    public TimeSpan Duration => To - From;

    /// <summary>The part of the action that fell at night, 22:00–06:00 (para 15).</summary>
    public TimeSpan AtNight => NightTime.Overlap(From, To);

    public static ActionPeriod? Of(Evidence evidence) =>
        evidence.Start is { HasTime: true } start && evidence.End is { HasTime: true } end && end.Earliest > start.Earliest
            ? new ActionPeriod(start.Earliest, end.Earliest)
            : null;

    /// <summary>
    /// An action with no known end that began at night: its <c>start</c> (else <c>date</c>)
    /// carries a time between 22:00 and 06:00, and no end with a time follows it.
    /// </summary>
    public static bool BeganAtNightWithoutEnd(Evidence evidence) =>
        Of(evidence) is null
        && evidence.End is not { HasTime: true }
        && evidence.Instant is { Time: { } time }
        && NightTime.IsNight(time);
}
