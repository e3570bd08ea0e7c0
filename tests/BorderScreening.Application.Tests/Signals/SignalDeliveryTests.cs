using System.Text.Json;
using Azure.Storage.Queues;
using BorderScreening.Adapters.Queues;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Signals;

/// <summary>
/// On Azurite: a referral ends as exactly one message on the jurisdiction's signals queue, however
/// often the decision is retried and the relay runs; a supervisor's re-send carries the same id and
/// is audited.
/// </summary>
public sealed class SignalDeliveryTests : IAsyncLifetime
{
    private readonly FlakySignalQueue _queue = new();
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(services =>
        services.AddSingleton<ISignalQueue>(sp =>
        {
            _queue.Inner = ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp);
            return _queue;
        }));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static readonly Actor Reviewer = new("reviewer-cw", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

    private static readonly Actor Supervisor = new("supervisor", "Review.Supervisor", JurisdictionCodes.All.ToHashSet(), JurisdictionCodes.All.ToHashSet());

    private static readonly DecisionRequest Referral = new(OwnAssessment.Concern, ReviewOutcome.ReferVictimSupport, ["MINOR_AT_RISK"], "Seen at the gate.");

    private CaseReviewService Review => _services.Get<CaseReviewService>();

    private async Task<string> ClaimedHitAsync(string reference)
    {
        var record = TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        var caseId = result.AssessmentId!;
        Assert.Equal(ReviewStatus.Ok, (await Review.ClaimAsync(Reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Status);
        return caseId;
    }

    private async Task<List<ThemeSignal>> SignalsOnQueueAsync()
    {
        var prefix = _services.Get<IOptions<StorageOptions>>().Value.LowerCasePrefix;
        var queue = _services.Get<QueueServiceClient>().GetQueueClient(SignalQueueNames.For(Jurisdiction.CW, prefix));
        if (!await queue.ExistsAsync())
        {
            return [];
        }

        var messages = (await queue.PeekMessagesAsync(32)).Value;
        return messages.Select(m => JsonSerializer.Deserialize<ThemeSignal>(m.MessageText, ScreeningJson.Options)!).ToList();
    }

    [Fact]
    public async Task Decide_Referral_PublishesOneSignalOnTheJurisdictionsQueue()
    {
        var caseId = await ClaimedHitAsync("signal-one");

        Assert.Equal(ReviewStatus.Ok, (await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral, CancellationToken.None)).Status);

        var signal = Assert.Single(await SignalsOnQueueAsync());
        Assert.Equal(caseId, signal.CaseReference);
        Assert.Equal(SignalDestination.VictimSupport, signal.Destination);
        // Without named partners, the jurisdiction's partner of the outcome's kind; the id hashes its partner id.
        Assert.Equal(SignalMapper.SignalId(caseId, "victim-support"), signal.SignalId);
        Assert.Equal("victim-support", signal.Partner!.Id);
        Assert.Empty(SignalSchema.Validate(JsonSerializer.Serialize(signal, ScreeningJson.Options)));
        var audit = await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, caseId, 1, CancellationToken.None);
        Assert.Single(audit, e => e.Action == "signal.sent" && e.Detail!.Contains(signal.SignalId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decide_NoConcern_PublishesNothing()
    {
        var caseId = await ClaimedHitAsync("signal-none");

        await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral with { Outcome = ReviewOutcome.NoConcern }, CancellationToken.None);
        await _services.Get<SignalRelay>().RelayPendingAsync(CancellationToken.None);

        Assert.Empty(await SignalsOnQueueAsync());
    }

    [Fact]
    public async Task Decide_RetriedAndRelayedTwice_StillExactlyOneMessage()
    {
        var caseId = await ClaimedHitAsync("signal-retry");

        // The queue is down when the reviewer decides: the fast path fails, the outbox keeps the send.
        _queue.Failing = true;
        Assert.Equal(ReviewStatus.Ok, (await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral, CancellationToken.None)).Status);
        // The browser retries the same decision: refused, and no second signal is queued.
        Assert.Equal(ReviewStatus.Conflict, (await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral, CancellationToken.None)).Status);
        Assert.Empty(await SignalsOnQueueAsync());
        _queue.Failing = false;

        // Two relays (the timer function and a second instance) run at the same moment, then again.
        _services.Time.Advance(TimeSpan.FromMinutes(10));
        var relay = _services.Get<SignalRelay>();
        var first = await Task.WhenAll(relay.RelayPendingAsync(CancellationToken.None), relay.RelayPendingAsync(CancellationToken.None));
        var second = await Task.WhenAll(relay.RelayPendingAsync(CancellationToken.None), relay.RelayPendingAsync(CancellationToken.None));

        Assert.Equal(1, first.Sum());
        Assert.Equal(0, second.Sum());
        Assert.Equal(caseId, Assert.Single(await SignalsOnQueueAsync()).CaseReference);
        Assert.Equal(2, _queue.Attempts);
    }

    [Fact]
    public async Task Resend_BySupervisor_SameSignalIdAndAudited()
    {
        var caseId = await ClaimedHitAsync("signal-resend");
        await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral, CancellationToken.None);

        var result = await _services.Get<SignalService>().ResendAsync(Supervisor, Jurisdiction.CW, caseId, new ReasonRequest("Register lost the message"), CancellationToken.None);

        Assert.Equal(ReviewStatus.Ok, result.Status);
        Assert.Equal("sent", result.Value!.Delivery);
        var signals = await SignalsOnQueueAsync();
        Assert.Equal(2, signals.Count);
        Assert.Single(signals.Select(s => s.SignalId).Distinct());
        Assert.Equal(result.Value.SignalId, signals[0].SignalId);
        var audit = await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, caseId, 1, CancellationToken.None);
        Assert.Single(audit, e => e.Action == "signal.resend-requested" && e.Actor == "supervisor" && e.Detail!.Contains("Register lost the message", StringComparison.Ordinal));
        Assert.Single(audit, e => e.Action == "signal.resent");
        Assert.Single(audit, e => e.Action == "signal.sent");
    }

    [Fact]
    public async Task Resend_ByReviewer_IsForbiddenAndSendsNothing()
    {
        var caseId = await ClaimedHitAsync("signal-resend-denied");
        await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral, CancellationToken.None);

        var result = await _services.Get<SignalService>().ResendAsync(Reviewer, Jurisdiction.CW, caseId, new ReasonRequest("again"), CancellationToken.None);

        Assert.Equal(ReviewStatus.Forbidden, result.Status);
        Assert.Single(await SignalsOnQueueAsync());
    }

    [Fact]
    public async Task Resend_WithoutReason_NamesTheField()
    {
        var result = await _services.Get<SignalService>().ResendAsync(Supervisor, Jurisdiction.CW, "cw-abcdefghijklmnopqrstuvwx", new ReasonRequest(" "), CancellationToken.None);

        Assert.Equal(ReviewStatus.Invalid, result.Status);
        Assert.Equal("reason", Assert.Single(result.Errors!).Path);
    }

    [Fact]
    public async Task Worklist_DoesNotListSignalRows()
    {
        var caseId = await ClaimedHitAsync("signal-worklist");
        await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral, CancellationToken.None);

        var ids = new List<string>();
        await foreach (var item in _services.Get<IWorklistStore>().ListAsync(Jurisdiction.CW, null, CancellationToken.None))
        {
            ids.Add(item.CaseId);
        }

        Assert.Equal([caseId], ids);
    }

    [Fact]
    public async Task Retention_DepersonalisingTheCase_RemovesTheStoredSignal()
    {
        var caseId = await ClaimedHitAsync("signal-retention");
        await Review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, Referral, CancellationToken.None);
        Assert.NotNull(await _services.Get<ISignalStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None));

        _services.Time.Advance(TimeSpan.FromDays(200));
        await _services.Get<RetentionService>().RunAsync(CancellationToken.None);

        Assert.Null(await _services.Get<ISignalStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None));
    }

    /// <summary>The real adapter, with sends that can be made to fail.</summary>
    private sealed class FlakySignalQueue : ISignalQueue
    {
        private int _attempts;

        public ISignalQueue Inner { get; set; } = null!;

        public bool Failing { get; set; }

        public int Attempts => _attempts;

        public Task SendSignalAsync(ThemeSignal signal, int resend, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            return Failing ? throw new InvalidOperationException("queue down (injected)") : Inner.SendSignalAsync(signal, resend, cancellationToken);
        }
    }
}
