using BorderScreening.Adapters.Queues;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Assessments;

/// <summary>
/// Fault injection on Azurite: whatever fails between screening and the worklist, every hit ends as
/// exactly one case in its own jurisdiction's worklist.
/// </summary>
public sealed class HitDeliveryFaultTests : IAsyncLifetime
{
    private readonly SwitchableHitQueue _queue = new();
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(services =>
        services.AddSingleton<IHitQueue>(sp =>
        {
            _queue.Inner = ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp);
            return _queue;
        }));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static TravellerRecord Minor(string reference, Jurisdiction jurisdiction = Jurisdiction.CW) =>
        TestRecords.Traveller(reference, jurisdiction) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };

    private Task<RecordResult> ScreenAsync(ScreeningRecord record) =>
        _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);

    private async Task RelayAndDrainAsync()
    {
        _services.Time.Advance(TimeSpan.FromMinutes(10));
        await _services.Get<OutboxRelay>().RelayPendingAsync(CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAllAsync(100, CancellationToken.None);
    }

    private async Task<List<WorklistItem>> CasesAsync(Jurisdiction jurisdiction)
    {
        var items = new List<WorklistItem>();
        await foreach (var item in _services.Get<IWorklistStore>().ListAsync(jurisdiction, null, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task QueueFailsOnSend_RelayDeliversLater_OneCase()
    {
        _queue.Failing = true;
        var result = await ScreenAsync(Minor("fault-send"));
        _queue.Failing = false;

        await RelayAndDrainAsync();

        var item = Assert.Single(await CasesAsync(Jurisdiction.CW));
        Assert.Equal(result.AssessmentId, item.CaseId);
        Assert.Equal(CaseStatus.Open, item.Status);
    }

    [Fact]
    public async Task ProcessDiesBetweenWriteAndSend_RelayDelivers_OneCase()
    {
        // What the screening service writes, without the publish that a crash would have prevented.
        var record = Minor("fault-crash");
        _queue.Failing = true;
        await ScreenAsync(record);
        _queue.Failing = false;
        Assert.Empty(await CasesAsync(Jurisdiction.CW));

        await RelayAndDrainAsync();
        await RelayAndDrainAsync();

        Assert.Single(await CasesAsync(Jurisdiction.CW));
    }

    [Fact]
    public async Task SendSucceedsButMarkingFails_ResendIsAbsorbed_OneCase()
    {
        var record = Minor("fault-mark");
        _queue.Failing = true;
        var result = await ScreenAsync(record);
        _queue.Failing = false;
        // The send went through, but the outbox entry was not marked: the relay will send it again.
        var pending = await _services.Get<IAssessmentStore>().PendingOutboxAsync(Jurisdiction.CW, _services.Time.GetUtcNow().AddHours(1), 10, CancellationToken.None);
        await _queue.SendAsync(Assert.Single(pending).Message, CancellationToken.None);

        await RelayAndDrainAsync();

        Assert.True(_queue.SendAttempts >= 3);
        var item = Assert.Single(await CasesAsync(Jurisdiction.CW));
        Assert.Equal(result.AssessmentId, item.CaseId);
    }

    [Fact]
    public async Task SameHitDeliveredTwice_OneCase()
    {
        var result = await ScreenAsync(Minor("fault-twice"));
        var hit = new HitRouting
        {
            CaseId = result.AssessmentId!,
            AssessmentId = result.AssessmentId!,
            Jurisdiction = Jurisdiction.CW,
            Priority = 1,
            Deadline = _services.Time.GetUtcNow().AddHours(8),
        };
        await _queue.SendAsync(hit, CancellationToken.None);

        await RelayAndDrainAsync();

        Assert.Single(await CasesAsync(Jurisdiction.CW));
    }

    [Fact]
    public async Task HitsOfSeveralJurisdictions_EachEndsInItsOwnWorklistOnly()
    {
        var aw = await ScreenAsync(Minor("iso-aw", Jurisdiction.AW));
        var sx = await ScreenAsync(Minor("iso-sx", Jurisdiction.SX));
        var bq = await ScreenAsync(Minor("iso-bq", Jurisdiction.BQ_SA));

        await RelayAndDrainAsync();

        Assert.Equal(aw.AssessmentId, Assert.Single(await CasesAsync(Jurisdiction.AW)).CaseId);
        Assert.Equal(sx.AssessmentId, Assert.Single(await CasesAsync(Jurisdiction.SX)).CaseId);
        Assert.Equal(bq.AssessmentId, Assert.Single(await CasesAsync(Jurisdiction.BQ_SA)).CaseId);
        Assert.Empty(await CasesAsync(Jurisdiction.CW));
        Assert.Empty(await CasesAsync(Jurisdiction.BQ_BO));
    }

    [Fact]
    public async Task HitPastItsDeadline_BecomesMissedReviewWithReason()
    {
        var result = await ScreenAsync(Minor("fault-late"));
        _services.Time.Advance(TimeSpan.FromDays(10));

        await _services.Get<HitIntakeService>().DrainAllAsync(100, CancellationToken.None);

        var item = Assert.Single(await CasesAsync(Jurisdiction.CW));
        Assert.Equal(result.AssessmentId, item.CaseId);
        Assert.Equal(CaseStatus.Missed, item.Status);
        Assert.Contains("deadline", item.MissedReason, StringComparison.Ordinal);
    }
}
