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
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        // In ticks rather than DateTime: the night before 0001-01-01 and the one after 9999-12-31
        // lie outside DateTime's range. Night d runs from day d at 22:00 to day d + 1 at 06:00.
        const long Day = TimeSpan.TicksPerDay;
        long f = from.Ticks, t = to.Ticks, starts = Starts.Ticks, ends = Ends.Ticks;
        var firstDay = (f / Day) - 1;
        var lastDay = t / Day;

        // The nights wholly inside [from, to) count 8 hours each, at once: a period of years is
        // not walked night by night.
        var firstWhole = Math.Max(firstDay, CeilingDivide(f - starts, Day));
        var lastWhole = Math.Min(lastDay, FloorDivide(t - ends, Day) - 1);
        long total = 0;
        if (lastWhole >= firstWhole)
        {
            total += (lastWhole - firstWhole + 1) * (Day - starts + ends);
        }
        else
        {
            (firstWhole, lastWhole) = (lastDay + 1, lastDay);
        }

        // The nights at either end, which [from, to) may only partly cover.
        for (var day = firstDay; day < firstWhole; day++)
        {
            total += Partial(day);
        }

        for (var day = Math.Max(lastWhole + 1, firstDay); day <= lastDay; day++)
        {
            total += Partial(day);
        }

        long Partial(long day) => Math.Max(0, Math.Min(t, ((day + 1) * Day) + ends) - Math.Max(f, (day * Day) + starts));

        return TimeSpan.FromTicks(total);
    }

    private static long FloorDivide(long value, long divisor) => value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);

    private static long CeilingDivide(long value, long divisor) => -FloorDivide(-value, divisor);
}
