using System.Text.Json;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Application.Tests.Deadlines;

/// <summary>
/// Draining dead-letter queues into missed cases, against the port: there is no Service Bus emulator,
/// so a fake queue plays the dead-letter queue with the reasons Service Bus gives
/// (<c>TTLExpiredException</c>, <c>MaxDeliveryCountExceeded</c>) and the worklist is real (Azurite).
/// The Storage Queue's poison queue is drained through its adapter in <c>HitQueueContractTests</c>.
/// </summary>
public sealed class DeadLetterDrainTests : IAsyncLifetime
{
    private readonly FakeDeadLetterQueue _queue = new();
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(services => services.AddSingleton<IHitQueue>(_queue));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private DeadLetterDrain Drain => _services.Get<DeadLetterDrain>();

    private HitRouting Hit(string caseId, Jurisdiction jurisdiction = Jurisdiction.CW) => new()
    {
        CaseId = caseId,
        AssessmentId = caseId,
        Jurisdiction = jurisdiction,
        Priority = 2,
        Deadline = _services.Time.GetUtcNow().AddHours(-1),
        Score = 0.8,
        Band = RiskBand.High,
    };

    private Task<WorklistItem?> CaseAsync(string caseId, Jurisdiction jurisdiction = Jurisdiction.CW) =>
        _services.Get<IWorklistStore>().GetAsync(jurisdiction, caseId, CancellationToken.None);

    [Fact]
    public async Task ExpiredOnServiceBus_FiledAsMissedWithTheExpiryReason_AndRemoved()
    {
        _queue.Add(Jurisdiction.CW, Hit("cw-ttl"), "TTLExpiredException");

        var result = await Drain.DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);

        Assert.Equal(1, result.Missed);
        var item = await CaseAsync("cw-ttl");
        Assert.Equal(CaseStatus.Missed, item!.Status);
        Assert.Equal(MissedReason.FromDeadLetter("TTLExpiredException").Text, item.MissedReason);
        Assert.Empty(_queue.Waiting(Jurisdiction.CW));
    }

    [Fact]
    public async Task DeliveredTooOftenOnServiceBus_FiledAsMissedForDeliveryCount()
    {
        _queue.Add(Jurisdiction.CW, Hit("cw-count"), "MaxDeliveryCountExceeded");

        await Drain.DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);

        Assert.Equal(MissedReason.DeliveredTooOften.Text, (await CaseAsync("cw-count"))!.MissedReason);
    }

    [Fact]
    public async Task HitWithACaseAlready_LeftAsItIs_AndRemoved()
    {
        // The intake took it, but settling the message failed until the broker dead-lettered it.
        await _services.Get<IWorklistStore>().TryAddAsync(new WorklistItem(Hit("cw-taken")) { Status = CaseStatus.Open, ReceivedAt = _services.Time.GetUtcNow() }, CancellationToken.None);
        _queue.Add(Jurisdiction.CW, Hit("cw-taken"), "MaxDeliveryCountExceeded");

        var result = await Drain.DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);

        Assert.Equal((0, 1), (result.Missed, result.AlreadyFiled));
        Assert.Equal(CaseStatus.Open, (await CaseAsync("cw-taken"))!.Status);
        Assert.Empty(_queue.Waiting(Jurisdiction.CW));
    }

    [Fact]
    public async Task UnreadableOrForeignMessage_RecordedAsPoisonInTheQueuesJurisdiction_NeverFiledAsACase()
    {
        _queue.AddRaw(Jurisdiction.AW, "{not json", "MaxDeliveryCountExceeded");
        _queue.Add(Jurisdiction.AW, Hit("cw-in-aw-queue"), "TTLExpiredException");

        var result = await Drain.DrainAsync(Jurisdiction.AW, 10, CancellationToken.None);

        Assert.Equal(2, result.Unreadable);
        Assert.Equal(2, await _services.Get<IWorklistStore>().CountPoisonAsync(Jurisdiction.AW, CancellationToken.None));
        Assert.Null(await CaseAsync("cw-in-aw-queue", Jurisdiction.CW));
        Assert.Null(await CaseAsync("cw-in-aw-queue", Jurisdiction.AW));
        Assert.Empty(_queue.Waiting(Jurisdiction.AW));
    }

    [Fact]
    public async Task SameHitDeadLetteredTwice_FiledAndAlertedOnce()
    {
        _queue.Add(Jurisdiction.CW, Hit("cw-twice"), "TTLExpiredException");
        _queue.Add(Jurisdiction.CW, Hit("cw-twice"), "TTLExpiredException");

        var result = await Drain.DrainAllAsync(CancellationToken.None);

        Assert.Equal((1, 1), (result.Missed, result.AlreadyFiled));
        var today = DateOnly.FromDateTime(_services.Time.GetUtcNow().UtcDateTime);
        var alerts = await _services.Get<IMonitoringStore>().AlertsAsync(today, today, Jurisdiction.CW, CancellationToken.None);
        var alert = Assert.Single(alerts, a => a.Subject == "cw-twice");
        Assert.Equal(AlertKinds.MissedReview, alert.Kind);
    }

    [Fact]
    public async Task MoreThanOneRunsWorth_DrainsAtMostTheBatch_AndTheRestNextRun()
    {
        for (var i = 0; i < 5; i++)
        {
            _queue.Add(Jurisdiction.SX, Hit($"sx-many-{i}", Jurisdiction.SX), "TTLExpiredException");
        }

        var first = await Drain.DrainAsync(Jurisdiction.SX, 3, CancellationToken.None);
        var second = await Drain.DrainAsync(Jurisdiction.SX, 3, CancellationToken.None);

        Assert.Equal((3, 2), (first.Missed, second.Missed));
        Assert.Empty(_queue.Waiting(Jurisdiction.SX));
    }

    /// <summary>A hit queue whose dead-letter queues hold what a test puts there; nothing else is used.</summary>
    private sealed class FakeDeadLetterQueue : IHitQueue
    {
        private readonly Dictionary<Jurisdiction, List<DeadLetteredHit>> _dead = [];

        public void Add(Jurisdiction queue, HitRouting hit, string reason) =>
            AddRaw(queue, JsonSerializer.Serialize(hit, ScreeningJson.Options), reason);

        public void AddRaw(Jurisdiction queue, string body, string reason)
        {
            HitRouting? message;
            try
            {
                message = JsonSerializer.Deserialize<HitRouting>(body, ScreeningJson.Options);
            }
            catch (JsonException)
            {
                message = null;
            }

            Waiting(queue).Add(new DeadLetteredHit(new ReceivedHit(message, 11, new object(), body), reason));
        }

        public List<DeadLetteredHit> Waiting(Jurisdiction queue) =>
            _dead.TryGetValue(queue, out var list) ? list : _dead[queue] = [];

        public Task<IReadOnlyList<DeadLetteredHit>> ReceiveDeadLetteredAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken) =>
            // Locked messages are not handed out twice within one drain: take from the front, settle removes.
            Task.FromResult<IReadOnlyList<DeadLetteredHit>>([.. Waiting(jurisdiction).Where(d => !_locked.Contains(d)).Take(maxMessages).Select(Lock)]);

        public Task CompleteDeadLetteredAsync(Jurisdiction jurisdiction, DeadLetteredHit hit, CancellationToken cancellationToken)
        {
            Waiting(jurisdiction).Remove(hit);
            _locked.Remove(hit);
            return Task.CompletedTask;
        }

        private readonly HashSet<DeadLetteredHit> _locked = new(ReferenceEqualityComparer.Instance);

        private DeadLetteredHit Lock(DeadLetteredHit hit)
        {
            _locked.Add(hit);
            return hit;
        }

        public Task SendAsync(HitRouting message, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ReceivedHit>> ReceiveAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ReceivedHit>>([]);

        public Task CompleteAsync(Jurisdiction jurisdiction, ReceivedHit hit, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeadLetterAsync(Jurisdiction jurisdiction, ReceivedHit hit, string reason, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> CountAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
