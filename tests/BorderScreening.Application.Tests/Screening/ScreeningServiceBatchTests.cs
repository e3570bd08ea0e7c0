using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Screening;

/// <summary>
/// A batch is screened without a duplicate-check read: the save finds a record screened before, and
/// records of one batch sharing an entity are counted from one read.
/// </summary>
public sealed class ScreeningServiceBatchTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static ParsedBatch Batch(params ScreeningRecord[] records) =>
        new(records.Select((r, i) => ParsedRecord.Valid(i, r)).ToList(), []);

    [Fact]
    public async Task ScreenAsync_SameRecordTwiceInABatchAndAgainLater_ScreensItOnceAndReturnsTheStoredAssessment()
    {
        var screening = _services.Get<ScreeningService>();
        var record = TestRecords.WorkPermit("WP-DUP");

        var first = await screening.ScreenAsync(Batch(record, record), CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromHours(2));
        var again = await screening.ScreenAsync(Batch(record), CancellationToken.None);

        Assert.Equal(["duplicate", "screened"], first.Records.Select(r => r.Status).Order());
        var stored = first.Records.Single(r => r.Status == "screened").Assessment!;
        Assert.Equal("duplicate", again.Records[0].Status);
        Assert.Equal(stored.Id, again.Records[0].AssessmentId);
        Assert.Equal(stored.ScreenedAt, again.Records[0].Assessment!.ScreenedAt);
    }

    [Fact]
    public async Task ScreenAsync_BatchOfPermitsNamingOneEmployer_EachAssessmentCountsTheWholeBatch()
    {
        var screening = _services.Get<ScreeningService>();
        var records = Enumerable.Range(0, 20).Select(i => (ScreeningRecord)TestRecords.WorkPermit($"WP-SHARED-{i}")).ToArray();

        var result = await screening.ScreenAsync(Batch(records), CancellationToken.None);

        Assert.All(result.Records, r => Assert.Equal("screened", r.Status));
        Assert.All(result.Records, r => Assert.Equal(20, r.Assessment!.NetworkCounts["Employer/7d"]));
    }

    [Fact]
    public async Task ScreenAsync_InvalidRecordInTheBatch_IsRejectedAndTheOthersScreened()
    {
        var screening = _services.Get<ScreeningService>();
        var batch = new ParsedBatch(
            [ParsedRecord.Valid(0, TestRecords.Traveller("ok-1", Jurisdiction.AW)), ParsedRecord.Invalid(1, [new FieldError("records[1].jurisdiction", "is required")]), ParsedRecord.Valid(2, TestRecords.Traveller("ok-2", Jurisdiction.AW))],
            []);

        var result = await screening.ScreenAsync(batch, CancellationToken.None);

        Assert.Equal(["screened", "rejected", "screened"], result.Records.Select(r => r.Status));
        Assert.Equal([0, 1, 2], result.Records.Select(r => r.Index));
    }
}
