using Casefile.Model;

namespace Casefile.Tests.Model;

public sealed class CaseDateTimeTests
{
    [Theory]
    [InlineData("2024-03-02", "2024-03-02")]
    [InlineData("2024-03-02 23:10", "2024-03-02 23:10")]
    [InlineData("2024-03-02T23:10", "2024-03-02 23:10")]
    [InlineData("02.03.2024", "2024-03-02")]
    [InlineData("02.03.2024 23:10", "2024-03-02 23:10")]
    [InlineData("  2024-03-02   23:10 ", "2024-03-02 23:10")]
    [InlineData("2024-02-29 00:00", "2024-02-29 00:00")]
    public void Every_form_of_the_format_parses(string text, string expected)
    {
        Assert.True(CaseDateTime.TryParse(text, out var value));
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData("2024-3-2")]
    [InlineData("2024/03/02")]
    [InlineData("02.03.24")]
    [InlineData("2024-02-30")]
    [InlineData("31.04.2024")]
    [InlineData("2023-02-29")]
    [InlineData("2024-03-02 24:00")]
    [InlineData("2024-03-02 23:60")]
    [InlineData("2024-03-02 23:10:30")]
    [InlineData("2024-03-02 9:10")]
    [InlineData("2024-03-02T 23:10")]
    [InlineData("2024-03-02 23:10+05:00")]
    [InlineData("2 March 2024")]
    [InlineData("")]
    public void Other_forms_do_not(string text) => Assert.False(CaseDateTime.TryParse(text, out _));

    [Fact]
    public void A_bare_date_is_the_whole_day_so_it_is_not_certainly_before_a_time_that_day()
    {
        CaseDateTime.TryParse("2024-03-01", out var day);
        CaseDateTime.TryParse("2024-03-01 10:15", out var registered);
        CaseDateTime.TryParse("2024-02-29", out var dayBefore);
        Assert.False(day.IsCertainlyBefore(registered));
        Assert.False(day.IsCertainlyAfter(registered));
        Assert.True(dayBefore.IsCertainlyBefore(registered));
    }

    [Fact]
    public void Period_bounds_are_inclusive()
    {
        CaseDateTime.TryParse("2024-04-01", out var from);
        CaseDateTime.TryParse("2024-04-10", out var to);
        var period = new CasePeriod(from, to);
        CaseDateTime.TryParse("2024-04-10 23:59", out var lastMinute);
        CaseDateTime.TryParse("2024-04-11 00:00", out var after);
        Assert.True(period.CertainlyContains(from));
        Assert.True(period.CertainlyContains(lastMinute));
        Assert.False(period.CertainlyContains(after));
    }
}
