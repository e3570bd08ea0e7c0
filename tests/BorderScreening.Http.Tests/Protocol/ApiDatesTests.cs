using BorderScreening.Http.Protocol;

namespace BorderScreening.Http.Tests.Protocol;

public sealed class ApiDatesTests
{
    [Theory]
    [InlineData("2000-01-01", true)]
    [InlineData("2099-12-31", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("1999-12-31", false)]
    [InlineData("2100-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("2026-02-30", false)]
    [InlineData("-1", false)]
    [InlineData("", false)]
    public void TryParseDay_AcceptsOnlyDaysInTheWindow(string text, bool expected) =>
        Assert.Equal(expected, ApiDates.TryParseDay(text, out _));

    [Fact]
    public void Window_AYearEitherSide_StaysInsideDateOnly()
    {
        // The overflow a day past 9999-12-31 caused cannot happen for a day inside the window.
        Assert.True(ApiDates.Latest.DayNumber + 366 <= DateOnly.MaxValue.DayNumber);
        Assert.True(ApiDates.Earliest.DayNumber - 366 >= DateOnly.MinValue.DayNumber);
    }

    [Theory]
    [InlineData("2026-01-15T10:00:00+02:00", true)]
    [InlineData("2026-01-15", true)]
    [InlineData("9999-12-31T23:59:59Z", false)]
    [InlineData("0001-01-01T00:00:00Z", false)]
    [InlineData("2026-02-30T10:00:00Z", false)]
    public void TryParseInstant_AcceptsOnlyInstantsInTheWindow(string text, bool expected) =>
        Assert.Equal(expected, ApiDates.TryParseInstant(text, out _));
}
