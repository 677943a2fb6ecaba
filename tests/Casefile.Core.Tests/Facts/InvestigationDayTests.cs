using Casefile.CaseFacts;
using Casefile.Model;

namespace Casefile.Tests.Facts;

public sealed class InvestigationDayTests
{
    private static CaseDateTime D(string text) => CaseDateTime.TryParse(text, out var value) ? value : throw new ArgumentException(text);

    [Theory]
    [InlineData("2024-03-01 10:15", "2024-03-01 10:15", 1, false, 0)]
    [InlineData("2024-03-01 10:15", "2024-03-01", 1, false, 0)]
    [InlineData("2024-03-01 10:15", "2024-03-01 09:00", 1, true, 0)]
    [InlineData("2024-03-01 10:15", "2024-03-02 23:10", 2, false, 0)]
    [InlineData("2024-03-01", "2024-04-01", 32, false, 0)]
    [InlineData("2024-03-01 10:15", "2024-02-27", -2, true, 3)]
    [InlineData("2024-03-01", "29.02.2024 23:59", 0, true, 1)]
    public void Day_1_is_the_day_of_registration(string registered, string date, int number, bool before, int daysBefore)
    {
        var day = InvestigationDay.Of(D(registered), D(date));
        Assert.Equal(number, day.Number);
        Assert.Equal(before, day.IsBeforeRegistration);
        Assert.Equal(daysBefore, day.DaysBeforeRegistration);
    }

    [Theory]
    [InlineData("2024-03-01 10:15", "2024-05-01", 61)]
    [InlineData("2024-03-01 10:15", "2024-03-01", 0)]
    [InlineData("2024-03-01", "2024-02-01", null)]
    public void Days_to_the_deadline(string registered, string deadline, int? days) =>
        Assert.Equal(days, InvestigationDay.DaysToDeadline(D(registered), D(deadline)));
}
