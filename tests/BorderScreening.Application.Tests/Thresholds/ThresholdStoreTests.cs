using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Thresholds;

public sealed class ThresholdStoreTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?>
    {
        ["Capacity:MinimumSample"] = "20",
        ["Capacity:DailyCases:AW"] = "3",
    });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task RecalculateAsync_StoredScores_SetsAuditedThresholdUsedForNextAssessments()
    {
        var screening = _services.Get<ScreeningService>();
        var records = Enumerable.Range(0, 30).Select(i => ParsedRecord.Valid(i, TestRecords.Traveller($"t-{i}", Jurisdiction.AW) with
        {
            Booking = new BookingFacts { TripType = i % 3 == 0 ? TripType.OneWay : TripType.Return, PaidBy = i % 2 == 0 ? Payer.OtherPerson : Payer.Self, PayerId = $"P{i % 5}" },
        })).ToList();
        await screening.ScreenAsync(new ParsedBatch(records, []), CancellationToken.None);

        var thresholds = await _services.Get<ThresholdStore>().RecalculateAsync(CancellationToken.None);

        var threshold = thresholds[Jurisdiction.AW];
        Assert.InRange(threshold, 0.25, 0.95);
        Assert.Equal(threshold, _services.Get<ThresholdStore>().Current(Jurisdiction.AW));
        var audit = new List<TableEntity>();
        await foreach (var row in _services.Get<StorageTables>().Audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"threshold|AW"}")))
        {
            audit.Add(row);
        }

        Assert.Equal("threshold.changed", Assert.Single(audit).GetString("Action"));
        var next = await screening.ScreenOneAsync(ParsedRecord.Valid(0, TestRecords.Traveller("after", Jurisdiction.AW)), CancellationToken.None);
        Assert.Equal(threshold, next.Assessment!.Risk.Threshold);
    }
}
