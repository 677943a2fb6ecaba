namespace Casefile.CaseFacts;

/// <summary>
/// Night in the sense of para 15 ("түнгі уақытта"): [22:00, 06:00). A span that only touches
/// 22:00 or 06:00 at its edge has no night in it (rules.md).
/// </summary>
public static class NightTime
{
    public static readonly TimeOnly Starts = new(22, 0);

    public static readonly TimeOnly Ends = new(6, 0);

    public static bool IsNight(TimeOnly time) => time >= Starts || time < Ends;

    /// <summary>How much of [from, to) lies in the nights it crosses; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public static TimeSpan Overlap(DateTime from, DateTime to)
    {
        var total = TimeSpan.Zero;
        for (var day = from.Date.AddDays(-1); day <= to.Date; day = day.AddDays(1))
        {
            var nightStart = day + Starts.ToTimeSpan();
            var nightEnd = day.AddDays(1) + Ends.ToTimeSpan();
            var overlapStart = from > nightStart ? from : nightStart;
            var overlapEnd = to < nightEnd ? to : nightEnd;
            if (overlapEnd > overlapStart)
            {
                total += overlapEnd - overlapStart;
            }
        }

        return total;
    }
}
