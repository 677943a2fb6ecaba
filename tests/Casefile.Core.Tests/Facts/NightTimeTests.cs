using Casefile.CaseFacts;

namespace Casefile.Tests.Facts;

public sealed class NightTimeTests
{
    private static DateTime At(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-03-02 23:10", "2024-03-03 04:30", 320)]
    [InlineData("2024-03-02 20:00", "2024-03-02 22:00", 0)]
    [InlineData("2024-03-02 06:00", "2024-03-02 12:00", 0)]
    [InlineData("2024-03-02 21:00", "2024-03-02 22:30", 30)]
    [InlineData("2024-03-02 05:00", "2024-03-02 07:00", 60)]
    [InlineData("2024-03-02 20:00", "2024-03-03 08:00", 480)]
    [InlineData("2024-03-01 21:00", "2024-03-03 07:00", 960)]
    [InlineData("2024-03-02 10:00", "2024-03-02 09:00", 0)]
    public void Overlap_counts_the_minutes_between_22_and_6(string from, string to, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), NightTime.Overlap(At(from), At(to)));

    [Fact]
    public void Overlap_reaches_the_ends_of_the_calendar_without_overflow()
    {
        // The night before 0001-01-01 from midnight (6 h), every night up to 9999-12-30's (8 h each), then 22:00–23:59 of the last day.
        var expected = TimeSpan.FromHours(6) + (TimeSpan.FromHours(8) * DateOnly.MaxValue.DayNumber) + TimeSpan.FromMinutes(119);
        Assert.Equal(expected, NightTime.Overlap(DateTime.MinValue, DateTime.MaxValue.Date.AddMinutes((23 * 60) + 59)));
        Assert.Equal(TimeSpan.FromMinutes(30), NightTime.Overlap(DateTime.MinValue, DateTime.MinValue.AddMinutes(30)));
        Assert.Equal(TimeSpan.FromMinutes(59), NightTime.Overlap(DateTime.MaxValue.Date.AddHours(23), DateTime.MaxValue.Date.AddMinutes((23 * 60) + 59)));
    }

    [Fact]
    public void Overlap_agrees_with_walking_the_nights_one_by_one()
    {
        var random = new Random(20060420);
        for (var i = 0; i < 20_000; i++)
        {
            var from = new DateTime(2024, 1, 1).AddMinutes(random.Next(-3_000_000, 3_000_000));
            var to = from.AddMinutes(random.Next(-600, random.Next(2) == 0 ? 3_000 : 200_000));
            Assert.Equal(Walked(from, to), NightTime.Overlap(from, to));
        }

        static TimeSpan Walked(DateTime from, DateTime to)
        {
            var total = TimeSpan.Zero;
            for (var day = from.Date.AddDays(-1); day <= to.Date; day = day.AddDays(1))
            {
                var start = day.AddHours(22) > from ? day.AddHours(22) : from;
                var end = day.AddDays(1).AddHours(6) < to ? day.AddDays(1).AddHours(6) : to;
                total += end > start ? end - start : TimeSpan.Zero;
            }

            return total;
        }
    }

    [Theory]
    [InlineData(22, 0, true)]
    [InlineData(21, 59, false)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(0, 0, true)]
    public void Night_is_22_00_inclusive_to_06_00_exclusive(int hour, int minute, bool night) =>
        Assert.Equal(night, NightTime.IsNight(new TimeOnly(hour, minute)));
}
