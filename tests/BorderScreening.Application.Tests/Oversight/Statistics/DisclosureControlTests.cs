using BorderScreening.Application.Oversight.Statistics;

namespace BorderScreening.Application.Tests.Oversight.Statistics;

public class DisclosureControlTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void Count_SmallForPublication_IsSuppressed(int value)
    {
        var figure = DisclosureControl.Count(value, publication: true);

        Assert.True(figure.Suppressed);
        Assert.Equal("<10", figure.Text);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(17, 15)]
    [InlineData(18, 20)]
    [InlineData(1234, 1235)]
    public void Count_ForPublication_ZeroOrRoundedToFive(int value, int expected)
    {
        var figure = DisclosureControl.Count(value, publication: true);

        Assert.Equal(expected, figure.Value);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), figure.Text);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(13)]
    public void Count_NotForPublication_IsExact(int value)
    {
        Assert.Equal(value, DisclosureControl.Count(value, publication: false).Value);
    }

    [Fact]
    public void Share_OnFewerThanTenCasesForPublication_IsSuppressed()
    {
        Assert.True(DisclosureControl.Share(0.5, 9, publication: true).Suppressed);
        Assert.Equal(0.5, DisclosureControl.Share(0.5, 9, publication: false).Value);
    }

    [Fact]
    public void Share_ForPublication_IsRoundedToFivePoints()
    {
        Assert.Equal(0.35, DisclosureControl.Share(0.3333, 12, publication: true).Value!.Value, 6);
        Assert.Equal("35%", DisclosureControl.Share(0.3333, 12, publication: true).Text.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Hours_OnFewerThanTenCasesForPublication_IsSuppressed()
    {
        Assert.True(DisclosureControl.Hours(7.25, 4, publication: true).Suppressed);
        Assert.Equal(7, DisclosureControl.Hours(7.25, 40, publication: true).Value);
    }

    [Fact]
    public void Median_OddAndEvenCounts()
    {
        Assert.Equal(2, StatisticsService.Median([3, 1, 2]));
        Assert.Equal(2.5, StatisticsService.Median([4, 1, 3, 2]));
        Assert.Null(StatisticsService.Median([]));
    }
}
