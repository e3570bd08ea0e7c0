using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The assessment port on real Table Storage (Azurite): one write per hit, outbox versions honoured.</summary>
public sealed class TableAssessmentStoreTests : IAsyncLifetime
{
    private readonly SwitchableHitQueue _queue = new() { Failing = true };
    private ScreeningServices _services = null!;

    // The queue refuses every send, so each hit's outbox entry stays for these tests to read.
    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(services => services.AddSingleton<IHitQueue>(_queue));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IAssessmentStore Store => _services.Get<IAssessmentStore>();

    private async Task<string> ScreenHitAsync(string reference)
    {
        var record = TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        Assert.True(result.Assessment!.Risk.IsHit);
        return result.AssessmentId!;
    }

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableAssessmentStore>(Store);

    [Fact]
    public async Task SaveAsync_OfAStoredRecord_WritesNothingAndReturnsTheStoredAssessment()
    {
        var id = await ScreenHitAsync("store-dup");
        var stored = (await Store.GetAsync(id, CancellationToken.None))!;
        var reviewCase = (await Store.GetCaseAsync(id, CancellationToken.None))!;

        var again = await Store.SaveAsync(stored with { ScreenedAt = stored.ScreenedAt.AddHours(1) }, reviewCase, null, _services.Time.GetUtcNow(), null, "other-content", null, CancellationToken.None);

        Assert.False(again.Created);
        Assert.Equal(stored.ScreenedAt, again.Stored.ScreenedAt);
    }

    [Fact]
    public async Task Outbox_FailedAttemptFromAStaleRead_IsNotRecorded()
    {
        var id = await ScreenHitAsync("store-outbox");
        var later = _services.Time.GetUtcNow().AddHours(1);
        var entry = Assert.Single(await Store.PendingOutboxAsync(Jurisdiction.CW, later, 10, CancellationToken.None), e => e.Message.CaseId == id);
        Assert.NotNull(entry.Version);

        await Store.MarkFailedAsync(entry, later.AddMinutes(5), CancellationToken.None);
        await Store.MarkFailedAsync(entry, later.AddMinutes(1), CancellationToken.None);

        var after = Assert.Single(await Store.PendingOutboxAsync(Jurisdiction.CW, later.AddMinutes(10), 10, CancellationToken.None), e => e.Message.CaseId == id);
        Assert.Equal(entry.Attempts + 1, after.Attempts);
        Assert.Equal(later.AddMinutes(5), after.NextAttemptAt);
    }

    [Fact]
    public async Task Outbox_MarkSent_RemovesTheEntryAndToleratesARepeat()
    {
        var id = await ScreenHitAsync("store-sent");
        var later = _services.Time.GetUtcNow().AddHours(1);
        var entry = Assert.Single(await Store.PendingOutboxAsync(Jurisdiction.CW, later, 10, CancellationToken.None), e => e.Message.CaseId == id);

        await Store.MarkSentAsync(entry, CancellationToken.None);
        await Store.MarkSentAsync(entry, CancellationToken.None);

        Assert.DoesNotContain(await Store.PendingOutboxAsync(Jurisdiction.CW, later, 10, CancellationToken.None), e => e.Message.CaseId == id);
    }

    // A minor without a guardian (forced review) landing after the given number of hours: the deadline.
    private async Task<(string Id, DateTimeOffset Deadline)> ScreenHitDueInAsync(string reference, double hours)
    {
        var record = TestRecords.Traveller(reference);
        var arrival = _services.Time.GetUtcNow().AddHours(hours);
        record = record with
        {
            BirthDate = new DateOnly(2014, 1, 1),
            TravellingWithGuardian = false,
            Legs = [record.Legs[0] with { ScheduledDeparture = arrival.AddHours(-3), ScheduledArrival = arrival }],
        };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        Assert.Equal(arrival, result.Assessment!.Risk.Deadline);
        return (result.AssessmentId!, arrival);
    }

    [Fact]
    public async Task DueHits_ReturnsTheChecksDueByTheTimeOnly_EarliestFirst()
    {
        var late = await ScreenHitDueInAsync("due-late", 30);
        var early = await ScreenHitDueInAsync("due-early", 10);
        var notYet = await ScreenHitDueInAsync("due-not-yet", 50);

        var due = await Store.DueHitsAsync(Jurisdiction.CW, _services.Time.GetUtcNow().AddHours(40), 10, CancellationToken.None);

        Assert.Equal([early.Id, late.Id], due.Select(d => d.CaseId));
        Assert.Equal(early.Deadline, due[0].Deadline);
        Assert.DoesNotContain(due, d => d.CaseId == notYet.Id);
        Assert.All(due, d => Assert.Equal(Jurisdiction.CW, d.Jurisdiction));
    }

    [Fact]
    public async Task DueHits_MoreThanTheMax_GivesTheEarliestMax()
    {
        var hits = new List<(string Id, DateTimeOffset Deadline)>();
        for (var i = 0; i < 5; i++)
        {
            hits.Add(await ScreenHitDueInAsync($"due-max-{i}", 10 + i));
        }

        var due = await Store.DueHitsAsync(Jurisdiction.CW, _services.Time.GetUtcNow().AddDays(2), 3, CancellationToken.None);

        Assert.Equal(hits.Take(3).Select(h => h.Id), due.Select(d => d.CaseId));
    }

    [Fact]
    public async Task DueHits_OfAnotherJurisdiction_NotReturned()
    {
        await ScreenHitDueInAsync("due-cw-only", 5);

        var due = await Store.DueHitsAsync(Jurisdiction.AW, _services.Time.GetUtcNow().AddDays(2), 10, CancellationToken.None);

        Assert.Empty(due);
    }

    [Fact]
    public async Task ClearDue_RemovesTheCheck_AndToleratesARepeat()
    {
        var hit = await ScreenHitDueInAsync("due-clear", 5);
        var later = _services.Time.GetUtcNow().AddDays(1);
        var check = Assert.Single(await Store.DueHitsAsync(Jurisdiction.CW, later, 10, CancellationToken.None));

        await Store.ClearDueAsync(check, CancellationToken.None);
        await Store.ClearDueAsync(check, CancellationToken.None);

        Assert.Equal(hit.Id, check.CaseId);
        Assert.Empty(await Store.DueHitsAsync(Jurisdiction.CW, later, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_GetAndWithdraw_ReadsTheWaitingEntryThenRemovesIt()
    {
        var hit = await ScreenHitDueInAsync("due-outbox", 5);

        var waiting = await Store.GetOutboxAsync(hit.Id, CancellationToken.None);
        await Store.WithdrawOutboxAsync(waiting!, CancellationToken.None);

        Assert.Equal(hit.Id, waiting!.Message.CaseId);
        Assert.Null(await Store.GetOutboxAsync(hit.Id, CancellationToken.None));
        Assert.Null(await Store.GetOutboxAsync("not-an-id", CancellationToken.None));
    }
}
