using Azure.Storage.Queues;
using BorderScreening.Application.Cases;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Tests.Queues;

/// <summary>
/// The hit-queue contract, run against every adapter that can be reached: the Storage Queue adapter
/// on Azurite always, and the Service Bus adapter when HitQueue__ServiceBusConnectionString names a
/// real namespace (there is no Service Bus emulator here).
/// </summary>
public sealed class HitQueueContractTests
{
    public static TheoryData<string> Transports()
    {
        var data = new TheoryData<string> { "StorageQueue" };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HitQueue__ServiceBusConnectionString")))
        {
            data.Add("ServiceBus");
        }

        return data;
    }

    private static async Task<ScreeningServices> ServicesFor(string transport) => await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?>
    {
        ["HitQueue:Transport"] = transport,
        ["HitQueue:ServiceBusConnectionString"] = Environment.GetEnvironmentVariable("HitQueue__ServiceBusConnectionString"),
    });

    private static HitRouting Hit(string caseId, Jurisdiction jurisdiction, DateTimeOffset now) => new()
    {
        CaseId = caseId,
        AssessmentId = caseId,
        Jurisdiction = jurisdiction,
        Priority = 2,
        Deadline = now.AddHours(4),
        Score = 0.8,
        Band = RiskBand.High,
    };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task SendReceiveComplete_DeliversOnceWithCount1(string transport)
    {
        await using var services = await ServicesFor(transport);
        var queue = services.Get<IHitQueue>();
        var caseId = "c-" + Guid.NewGuid().ToString("N");

        await queue.SendAsync(Hit(caseId, Jurisdiction.SX, services.Time.GetUtcNow()), CancellationToken.None);
        var received = Assert.Single(await queue.ReceiveAsync(Jurisdiction.SX, 10, TimeSpan.FromSeconds(30), CancellationToken.None));
        await queue.CompleteAsync(Jurisdiction.SX, received, CancellationToken.None);

        Assert.Equal(caseId, received.Message!.CaseId);
        Assert.Equal(1, received.DeliveryCount);
        Assert.Empty(await queue.ReceiveAsync(Jurisdiction.SX, 10, TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Receive_NotCompletedWithinLock_IsRedeliveredWithHigherCount(string transport)
    {
        await using var services = await ServicesFor(transport);
        var queue = services.Get<IHitQueue>();
        await queue.SendAsync(Hit("c-redeliver", Jurisdiction.AW, services.Time.GetUtcNow()), CancellationToken.None);

        Assert.Single(await queue.ReceiveAsync(Jurisdiction.AW, 10, TimeSpan.FromSeconds(1), CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var again = Assert.Single(await queue.ReceiveAsync(Jurisdiction.AW, 10, TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(2, again.DeliveryCount);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Send_ToOneJurisdiction_NeverReachesAnother(string transport)
    {
        await using var services = await ServicesFor(transport);
        var queue = services.Get<IHitQueue>();

        await queue.SendAsync(Hit("c-aw-only", Jurisdiction.AW, services.Time.GetUtcNow()), CancellationToken.None);

        foreach (var other in JurisdictionCodes.All.Where(j => j != Jurisdiction.AW))
        {
            Assert.Empty(await queue.ReceiveAsync(other, 10, TimeSpan.FromSeconds(1), CancellationToken.None));
        }

        Assert.Single(await queue.ReceiveAsync(Jurisdiction.AW, 10, TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task DeadLetter_RemovesFromTheQueue(string transport)
    {
        await using var services = await ServicesFor(transport);
        var queue = services.Get<IHitQueue>();
        await queue.SendAsync(Hit("c-dead", Jurisdiction.CW, services.Time.GetUtcNow()), CancellationToken.None);
        var received = Assert.Single(await queue.ReceiveAsync(Jurisdiction.CW, 10, TimeSpan.FromSeconds(30), CancellationToken.None));

        await queue.DeadLetterAsync(Jurisdiction.CW, received, "test", CancellationToken.None);

        Assert.Empty(await queue.ReceiveAsync(Jurisdiction.CW, 10, TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task DeadLetter_IsReceivedFromTheDeadLetterQueueWithItsReason_UntilCompleted(string transport)
    {
        await using var services = await ServicesFor(transport);
        var queue = services.Get<IHitQueue>();
        var caseId = "c-dlq-" + Guid.NewGuid().ToString("N");
        await queue.SendAsync(Hit(caseId, Jurisdiction.BQ_BO, services.Time.GetUtcNow()), CancellationToken.None);
        var received = Assert.Single(await queue.ReceiveAsync(Jurisdiction.BQ_BO, 10, TimeSpan.FromSeconds(30), CancellationToken.None));
        await queue.DeadLetterAsync(Jurisdiction.BQ_BO, received, "deadline passed", CancellationToken.None);

        var dead = Assert.Single(await queue.ReceiveDeadLetteredAsync(Jurisdiction.BQ_BO, 10, TimeSpan.FromSeconds(30), CancellationToken.None), d => d.Hit.Message?.CaseId == caseId);
        await queue.CompleteDeadLetteredAsync(Jurisdiction.BQ_BO, dead, CancellationToken.None);

        Assert.Equal("deadline passed", dead.Reason);
        Assert.Equal(Jurisdiction.BQ_BO, dead.Hit.Message!.Jurisdiction);
        Assert.DoesNotContain(await queue.ReceiveDeadLetteredAsync(Jurisdiction.BQ_BO, 10, TimeSpan.FromSeconds(1), CancellationToken.None), d => d.Hit.Message?.CaseId == caseId);
    }

    [Fact]
    public async Task StorageQueue_ReceiveDeadLettered_NothingSetAside_IsEmpty()
    {
        // The poison queue does not exist until something is set aside: reading it must not fail.
        await using var services = await ServicesFor("StorageQueue");

        var dead = await services.Get<IHitQueue>().ReceiveDeadLetteredAsync(Jurisdiction.BQ_SA, 10, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Empty(dead);
    }

    [Fact]
    public async Task StorageQueue_MessageWithShortTimeToLive_ExpiresOnTheEmulatorInRealTime()
    {
        // What the deadline guard relies on: a message whose time-to-live has passed is gone without a trace.
        await using var services = await ScreeningServices.CreateAsync(
            s => s.AddSingleton(TimeProvider.System),
            new Dictionary<string, string?> { ["HitQueue:MinimumTimeToLive"] = "00:00:01" });
        var queue = services.Get<IHitQueue>();
        var client = services.Get<QueueServiceClient>().GetQueueClient(HitQueueNames.For(Jurisdiction.SX, services.Get<IOptions<StorageOptions>>().Value.LowerCasePrefix));
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(2.5);
        await queue.SendAsync(Hit("c-ttl", Jurisdiction.SX, deadline) with { Deadline = deadline }, CancellationToken.None);
        Assert.Single((await client.PeekMessagesAsync(10)).Value);

        // Peeking hides nothing, so an empty peek means expired, not taken.
        await Poll.UntilAsync(async () => (await client.PeekMessagesAsync(10)).Value.Length == 0, TimeSpan.FromSeconds(30), "the message expiring", TimeSpan.FromMilliseconds(100));

        // Not before the deadline (the emulator and the test share this machine's clock).
        Assert.True(TimeProvider.System.GetUtcNow() >= deadline, "the message vanished before its deadline");
        Assert.Empty(await queue.ReceiveDeadLetteredAsync(Jurisdiction.SX, 10, TimeSpan.FromSeconds(1), CancellationToken.None));
    }
}
