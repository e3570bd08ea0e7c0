using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Retention;

public sealed class RetentionServiceTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task<string> ScreenAsync(ScreeningRecord record) =>
        (await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None)).AssessmentId!;

    private async Task<int> CountAsync(TableClient table, string? filter = null)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Run_AfterThePeriods_DeletesNonHitsAndSightingsAndDepersonalisesDecidedCases()
    {
        var plain = await ScreenAsync(TestRecords.Traveller("ret-plain") with { Sponsor = new Party { Id = "S-1" } });
        var hit = await ScreenAsync(TestRecords.Traveller("ret-hit") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false, Name = new PersonName { Surname = "QWERTYSON", GivenNames = "ZED" } });
        await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);
        var reviewer = new Actor("r1", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });
        var review = _services.Get<CaseReviewService>();
        await review.ClaimAsync(reviewer, Jurisdiction.CW, hit, CancellationToken.None);
        await review.DecideAsync(reviewer, Jurisdiction.CW, hit, new DecisionRequest(OwnAssessment.Concern, ReviewOutcome.ReferVictimSupport, [], null), CancellationToken.None);
        var retention = _services.Get<RetentionService>();
        var store = _services.Get<IAssessmentStore>();

        var hitRow = await AssessmentRowAsync(hit);
        // Without a model (core services only) no feature vector is stored; the audit group always is.
        Assert.True(hitRow.ContainsKey(MonitoringFacts.AuditGroupColumn));

        var early = await retention.RunAsync(CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(200));
        var late = await retention.RunAsync(CancellationToken.None);

        Assert.Equal(new RetentionService.RetentionResult(0, 0, 0), early);
        Assert.Equal(1, late.AssessmentsDeleted);
        Assert.True(late.SightingsDeleted >= 1);
        Assert.Equal(1, late.CasesDepersonalised);
        Assert.Null(await store.GetAsync(plain, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(hit, CancellationToken.None));
        var reviewCase = (await store.GetCaseAsync(hit, CancellationToken.None))!;
        var traveller = Assert.IsType<TravellerRecord>(reviewCase.Record);
        Assert.Equal("(removed)", traveller.Name.Surname);
        Assert.Null(traveller.Document);
        Assert.Null(traveller.Contact);
        // Sightings and the markers of their partitions; the one row left records only that markers were swept.
        Assert.Equal(0, await CountAsync(_services.Get<StorageTables>().Sightings, "PartitionKey ne '~meta'"));
        Assert.Equal(1, await CountAsync(_services.Get<StorageTables>().Labels));
        Assert.True(await CountAsync(_services.Get<StorageTables>().Audit) >= 3);
        var cleared = await AssessmentRowAsync(hit);
        Assert.False(cleared.ContainsKey(MonitoringFacts.AuditGroupColumn));
        Assert.False(cleared.ContainsKey(MonitoringFacts.FeaturesColumn));
        Assert.False(string.IsNullOrEmpty(cleared.GetString("Body")));
    }

    private async Task<TableEntity> AssessmentRowAsync(string id)
    {
        Assert.True(AssessmentId.TryParse(id, out var jurisdiction, out var shard));
        return (await _services.Get<StorageTables>().Screenings.GetEntityAsync<TableEntity>(AssessmentId.PartitionKey(jurisdiction, shard), "A|" + id)).Value;
    }
}
