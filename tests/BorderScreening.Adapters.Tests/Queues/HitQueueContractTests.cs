using BorderScreening.Application.Cases;
using BorderScreening.Application.HitQueues;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;

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
}
