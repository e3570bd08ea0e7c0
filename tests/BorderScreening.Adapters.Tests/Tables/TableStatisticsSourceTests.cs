using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>
/// The statistics source on real Table Storage (Azurite). Counting a populated month end to end
/// (screen, decide, report) is Cli.Tests' ReportCommandTests.
/// </summary>
public sealed class TableStatisticsSourceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableStatisticsSource>(_services.Get<IStatisticsSource>());

    [Fact]
    public async Task DecisionTimes_ReadTheLabelsOfTheJurisdictionOnly()
    {
        var labels = _services.Get<ILabelStore>();
        await labels.SaveAsync(new DecisionLabel(Jurisdiction.AW, "case-aw", "case-aw", "NoConcern", 0, "NoConcern", "", "Review.AW", At, null, null), CancellationToken.None);
        await labels.SaveAsync(new DecisionLabel(Jurisdiction.CW, "case-cw", "case-cw", "ReferPolice", 1, "Concern", "", "Review.CW", At.AddHours(2), null, null), CancellationToken.None);

        var times = new List<DecisionTime>();
        await foreach (var time in _services.Get<IStatisticsSource>().DecisionTimesAsync(Jurisdiction.CW, CancellationToken.None))
        {
            times.Add(time);
        }

        Assert.Equal(new DecisionTime("case-cw", At.AddHours(2)), Assert.Single(times));
    }
}
