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

    [Theory]
    [InlineData(22, 0, true)]
    [InlineData(21, 59, false)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(0, 0, true)]
    public void Night_is_22_00_inclusive_to_06_00_exclusive(int hour, int minute, bool night) =>
        Assert.Equal(night, NightTime.IsNight(new TimeOnly(hour, minute)));
}
