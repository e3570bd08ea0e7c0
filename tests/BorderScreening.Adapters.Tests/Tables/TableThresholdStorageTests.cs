using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>
/// The threshold port on real Table Storage (Azurite). Recalculating from stored scores is
/// Application.Tests' ThresholdStoreTests.
/// </summary>
public sealed class TableThresholdStorageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableThresholdStorage>(_services.Get<IThresholdStorage>());

    [Fact]
    public async Task Save_KeepsTheLatestValueAndEveryChangeForAudit()
    {
        var storage = _services.Get<IThresholdStorage>();

        await storage.SaveAsync(new ThresholdChange(Jurisdiction.AW, null, 0.42, "capacity 20/day", At), CancellationToken.None);
        await storage.SaveAsync(new ThresholdChange(Jurisdiction.AW, 0.42, 0.47, "capacity 15/day", At.AddHours(1)), CancellationToken.None);

        var loaded = await storage.LoadAsync(CancellationToken.None);
        Assert.Equal(0.47, loaded[Jurisdiction.AW]);
        Assert.False(loaded.ContainsKey(Jurisdiction.CW));
        var changes = new List<TableEntity>();
        await foreach (var row in _services.Get<StorageTables>().Audit.QueryAsync<TableEntity>(e => e.PartitionKey == "threshold|AW"))
        {
            changes.Add(row);
        }

        // Newest first: the row key counts down from the end of time.
        Assert.Equal([0.47, 0.42], changes.Select(c => c.GetDouble("To")!.Value));
        Assert.Equal(0.42, changes[0].GetDouble("From"));
    }
}
