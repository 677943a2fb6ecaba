using Casefile.Model;

namespace Casefile.CaseFacts;

/// <summary>
/// Where a date falls in the pre-trial investigation, counted in calendar days from its
/// registration in the ERDR (<c>registered</c>), the day of registration being day 1.
/// </summary>
public readonly record struct InvestigationDay(int DaysAfterRegistration, bool IsBeforeRegistration)
{
    /// <summary>Day 1 is the day of registration.</summary>
    public int Number => DaysAfterRegistration + 1;

    /// <summary>How many calendar days before the day of registration; 0 for earlier the same day.</summary>
    public int DaysBeforeRegistration => IsBeforeRegistration ? -DaysAfterRegistration : 0;

    /// <summary>
    /// A date on the day of registration counts as before it only when that is certain (both carry
    /// a time and it is earlier); a bare date is the whole day (rules.md).
    /// </summary>
    public static InvestigationDay Of(CaseDateTime registered, CaseDateTime date)
    {
        var days = date.Date.DayNumber - registered.Date.DayNumber;
        return new InvestigationDay(days, days < 0 || (days == 0 && date.IsCertainlyBefore(registered)));
    }

    /// <summary>Calendar days from registration to the deadline; null when the deadline comes before registration.</summary>
    public static int? DaysToDeadline(CaseDateTime registered, CaseDateTime deadline)
    {
        var days = deadline.Date.DayNumber - registered.Date.DayNumber;
        return days >= 0 ? days : null;
    }
}
