using Casefile.Analysis;
using Casefile.CaseFacts;
using Casefile.Model;

namespace Casefile.Tests.Facts;

public sealed class ActionPeriodTests
{
    private static Evidence Evidence(string attributes) =>
        Analyzer.AnalyzeText("test.case.md", $"""
            # Case 1
            - registered: 2024-03-01 10:15

            ### E-1 Interrogation
            - kind: testimony
            {attributes}
            """).Model.Evidence.Single();

    [Fact]
    public void Duration_and_night_come_from_start_and_end_with_times()
    {
        var period = ActionPeriod.Of(Evidence("- start: 2024-03-02 23:10\n- end: 2024-03-03 04:30"));
        Assert.NotNull(period);
        Assert.Equal(TimeSpan.FromMinutes(320), period.Duration);
        Assert.Equal(TimeSpan.FromMinutes(320), period.AtNight);
    }

    [Theory]
    [InlineData("- start: 2024-03-02\n- end: 2024-03-02")]
    [InlineData("- start: 2024-03-02 10:00\n- end: 2024-03-02")]
    [InlineData("- start: 2024-03-02 10:00")]
    [InlineData("- start: 2024-03-02 10:00\n- end: 2024-03-02 09:00")]
    [InlineData("- start: 2024-03-02 10:00\n- end: 2024-03-02 10:00")]
    [InlineData("- date: 2024-03-02 10:00\n- end: 2024-03-02 12:00")]
    public void Without_two_times_in_order_the_length_is_no_fact(string attributes) =>
        Assert.Null(ActionPeriod.Of(Evidence(attributes)));

    [Theory]
    [InlineData("- start: 2024-03-02 23:10", true)]
    [InlineData("- date: 2024-03-02 05:59", true)]
    [InlineData("- start: 2024-03-02 23:10\n- end: 2024-03-03", true)]
    [InlineData("- start: 2024-03-02 06:00", false)]
    [InlineData("- start: 2024-03-02", false)]
    [InlineData("- start: 2024-03-02 23:10\n- end: 2024-03-03 01:00", false)]
    public void An_action_that_began_at_night_without_a_known_end(string attributes, bool expected) =>
        Assert.Equal(expected, ActionPeriod.BeganAtNightWithoutEnd(Evidence(attributes)));
}
