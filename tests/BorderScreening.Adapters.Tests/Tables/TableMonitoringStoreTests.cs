using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The monitoring port on real Table Storage (Azurite).</summary>
public sealed class TableMonitoringStoreTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 27);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static MonitoringReport Report(string jurisdiction, DateOnly day, int hits, params MonitoringAlert[] alerts) => new()
    {
        Jurisdiction = jurisdiction,
        Day = day,
        Records = 100,
        Hits = hits,
        HitRate = hits / 100.0,
        ScoreDrift = new DriftFigure("score", 0.31, true),
        Alerts = alerts,
    };

    private static MonitoringAlert Drift(string jurisdiction, DateOnly day) =>
        new(jurisdiction, day, AlertKinds.Drift, "score", 0.31, 0.25, "score drift");

    [Fact]
    public void Composition_RegistersTheTableAdapters()
    {
        Assert.IsType<TableMonitoringStore>(_services.Get<IMonitoringStore>());
        Assert.IsType<TableMonitoringSource>(_services.Get<IMonitoringSource>());
    }

    [Fact]
    public async Task Source_ADayWithoutRecords_HasNoObservations()
    {
        // A populated day is read end to end by LocalHost.Tests' MonitoringApiTests (screen, decide, monitor).
        var observations = await _services.Get<IMonitoringSource>().ReadAsync(Jurisdiction.BQ_BO, Day, CancellationToken.None);

        Assert.Empty(observations);
    }

    [Fact]
    public async Task Save_SameDayTwice_ReplacesTheReport()
    {
        var store = _services.Get<IMonitoringStore>();

        await store.SaveAsync(Report("CW", Day, 3), CancellationToken.None);
        await store.SaveAsync(Report("CW", Day, 5), CancellationToken.None);
        var stored = await store.GetAsync(Jurisdiction.CW, Day, CancellationToken.None);

        Assert.Equal(5, stored!.Hits);
        Assert.Equal(0.31, stored.ScoreDrift!.Psi);
        Assert.Null(await store.GetAsync(Jurisdiction.AW, Day, CancellationToken.None));
    }

    [Fact]
    public async Task Alerts_ReturnsThePeriodInclusive_OptionallyForOneJurisdiction()
    {
        var store = _services.Get<IMonitoringStore>();
        await store.SaveAsync(Report("CW", Day, 3, Drift("CW", Day)), CancellationToken.None);
        await store.SaveAsync(Report("CW", Day, 3, Drift("CW", Day)), CancellationToken.None);
        await store.SaveAsync(Report("AW", Day.AddDays(1), 2, Drift("AW", Day.AddDays(1))), CancellationToken.None);
        await store.SaveAsync(Report("AW", Day.AddDays(3), 2, Drift("AW", Day.AddDays(3))), CancellationToken.None);

        var period = await store.AlertsAsync(Day, Day.AddDays(1), null, CancellationToken.None);
        var curacao = await store.AlertsAsync(Day, Day.AddDays(3), Jurisdiction.CW, CancellationToken.None);

        Assert.Equal(["CW", "AW"], period.Select(a => a.Jurisdiction).Order().Reverse());
        Assert.Equal(Day, Assert.Single(curacao).Day);
    }
}
