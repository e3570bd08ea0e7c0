using Azure.Storage.Queues;
using BorderScreening.Adapters.Queues;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Deadlines;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Deadlines;

/// <summary>
/// Hits whose deadline passes while the intake is out, on Azurite with the real clock: the Storage
/// Queue drops the message at its real time-to-live (a few seconds here), leaving no trace, and the
/// deadline guard files the hit as missed from the assessment side. No fake clock takes part in the
/// expiry.
/// </summary>
public sealed class DeadlineExpiryTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private readonly SwitchableHitQueue _queue = new();
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(
        services =>
        {
            // The real clock: the queue's time-to-live and the guard's "deadline passed" are the same seconds.
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<IHitQueue>(sp =>
            {
                _queue.Inner = ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp);
                return _queue;
            });
        },
        new Dictionary<string, string?>
        {
            ["HitQueue:MinimumTimeToLive"] = "00:00:01",
            ["Deadlines:MissedAfter"] = "00:00:01",
        });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    // A 12-year-old without a guardian (forced review) whose flight lands in a few seconds: the
    // review deadline is the arrival, so the queue message lives that long.
    private static TravellerRecord MinorLandingIn(string reference, TimeSpan after)
    {
        var record = TestRecords.Traveller(reference);
        var now = Now;
        return record with
        {
            BirthDate = new DateOnly(2014, 1, 1),
            TravellingWithGuardian = false,
            Legs = [record.Legs[0] with { ScheduledDeparture = now.AddHours(-2), ScheduledArrival = now + after }],
        };
    }

    private async Task<RecordResult> ScreenAsync(ScreeningRecord record)
    {
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        Assert.True(result.Assessment!.Risk.IsHit);
        return result;
    }

    private QueueClient HitQueue(Jurisdiction jurisdiction) =>
        _services.Get<QueueServiceClient>().GetQueueClient(HitQueueNames.For(jurisdiction, _services.Get<IOptions<StorageOptions>>().Value.LowerCasePrefix));

    private async Task<int> VisibleMessagesAsync(Jurisdiction jurisdiction) =>
        (await HitQueue(jurisdiction).PeekMessagesAsync(32)).Value.Length;

    private Task<WorklistItem?> CaseAsync(string caseId) => _services.Get<IWorklistStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None);

    private DeadlineGuard Guard => _services.Get<DeadlineGuard>();

    /// <summary>Screens a hit due in a few seconds and waits, with the intake out, until its message has expired on the queue.</summary>
    private async Task<RecordResult> HitWhoseMessageExpiredAsync(string reference)
    {
        var result = await ScreenAsync(MinorLandingIn(reference, Deadline));
        Assert.Equal(1, await VisibleMessagesAsync(Jurisdiction.CW));
        await Poll.UntilAsync(async () => await VisibleMessagesAsync(Jurisdiction.CW) == 0, Patience, "the hit's queue message expiring");
        return result;
    }

    private async Task<DeadlineGuard.GuardResult> GuardUntilSettledAsync()
    {
        DeadlineGuard.GuardResult? result = null;
        // The guard waits MissedAfter past the deadline; on a loaded machine the first run may be early.
        await Poll.UntilAsync(async () => (result = await Guard.RunAsync(Jurisdiction.CW, CancellationToken.None)).Checked > 0, Patience, "the deadline check falling due");
        return result!;
    }

    [Fact]
    public async Task QueueMessageExpiresDuringIntakeOutage_GuardFilesItAsMissedWithTheReason()
    {
        var hit = await HitWhoseMessageExpiredAsync("expiry-missed");

        var result = await GuardUntilSettledAsync();

        Assert.Equal(1, result.Missed);
        var item = await CaseAsync(hit.AssessmentId!);
        Assert.NotNull(item);
        Assert.Equal(CaseStatus.Missed, item.Status);
        Assert.Equal(MissedReason.ExpiredUnseen.Text, item.MissedReason);
        Assert.Equal(hit.Assessment!.Risk.Deadline!.Value, item.Deadline, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task ExpiredHitFiledOnce_NextGuardRunAndIntakeChangeNothing()
    {
        var hit = await HitWhoseMessageExpiredAsync("expiry-once");
        await GuardUntilSettledAsync();

        var again = await Guard.RunAsync(Jurisdiction.CW, CancellationToken.None);
        var intake = await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);

        Assert.Equal(new DeadlineGuard.GuardResult(0, 0, 0), again);
        Assert.Equal(0, intake.Added + intake.Expired + intake.Duplicates);
        Assert.Equal(CaseStatus.Missed, (await CaseAsync(hit.AssessmentId!))!.Status);
        Assert.Empty(await _services.Get<IAssessmentStore>().DueHitsAsync(Jurisdiction.CW, Now.AddDays(1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task ExpiredHit_SupervisorsAlertedAndCountedInStatistics()
    {
        var hit = await HitWhoseMessageExpiredAsync("expiry-stats");
        await GuardUntilSettledAsync();

        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var alerts = await _services.Get<IMonitoringStore>().AlertsAsync(today.AddDays(-1), today, Jurisdiction.CW, CancellationToken.None);
        var counts = await _services.Get<StatisticsService>().CountAsync(Jurisdiction.CW, Now.AddHours(-1), Now.AddHours(1), CancellationToken.None);

        var alert = Assert.Single(alerts, a => a.Subject == hit.AssessmentId);
        Assert.Equal(AlertKinds.MissedReview, alert.Kind);
        Assert.Equal((1, 1, 1, 0), (counts.Hits, counts.MissedDeadlines, counts.NeverReachedReview, counts.Pending));
    }

    [Fact]
    public async Task HitNeverPublished_GuardFilesItAsMissedAndWithdrawsItsOutboxEntry()
    {
        _queue.Failing = true;
        var hit = await ScreenAsync(MinorLandingIn("expiry-unpublished", Deadline));

        var result = await GuardUntilSettledAsync();
        _queue.Failing = false;
        var relayed = await _services.Get<OutboxRelay>().RelayPendingAsync(CancellationToken.None);

        Assert.Equal(1, result.Missed);
        Assert.Equal(MissedReason.NeverPublished.Text, (await CaseAsync(hit.AssessmentId!))!.MissedReason);
        Assert.Null(await _services.Get<IAssessmentStore>().GetOutboxAsync(hit.AssessmentId!, CancellationToken.None));
        Assert.Equal(0, relayed);
    }

    [Fact]
    public async Task HitTakenInTime_StaysOpenAfterItsDeadline_AndItsCheckIsSettled()
    {
        var hit = await ScreenAsync(MinorLandingIn("expiry-taken", Deadline));
        var intake = await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);

        var result = await GuardUntilSettledAsync();

        Assert.Equal(1, intake.Added);
        Assert.Equal(0, result.Missed);
        // Late, but a reviewer can still take it: the guard escalates it, it does not close it.
        var item = await CaseAsync(hit.AssessmentId!);
        Assert.Equal(CaseStatus.Open, item!.Status);
        Assert.NotNull(item.DeadlineEscalatedAt);
    }
}
