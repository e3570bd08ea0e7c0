using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.HitQueues;

/// <summary>
/// A hit whose message is delivered more often than the intake allows (a consumer that keeps dying
/// before it settles) on the real Storage Queue (Azurite): real lock timeouts and dequeue counts.
/// </summary>
public sealed class IntakePoisonTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?>
    {
        ["HitQueue:MaxDeliveryCount"] = "1",
        ["HitQueue:LockSeconds"] = "1",
    });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task<string> PoisonedHitAsync(string reference)
    {
        var record = TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        // A consumer takes the message and dies without settling it: the lock lapses after a second.
        Assert.Single(await _services.Get<IHitQueue>().ReceiveAsync(Jurisdiction.CW, 10, TimeSpan.FromSeconds(1), CancellationToken.None));
        HitIntakeService.DrainResult? drained = null;
        await Poll.UntilAsync(
            async () => (drained = await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 10, CancellationToken.None)).Poison > 0,
            TimeSpan.FromSeconds(30),
            "the intake seeing the second delivery");
        Assert.Equal(0, drained!.Added);
        return result.AssessmentId!;
    }

    private async Task<List<WorklistItem>> CasesAsync()
    {
        var items = new List<WorklistItem>();
        await foreach (var item in _services.Get<IWorklistStore>().ListAsync(Jurisdiction.CW, null, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task ReadableHitDeliveredTooOften_BecomesAMissedCase()
    {
        var caseId = await PoisonedHitAsync("poison-missed");

        var item = Assert.Single(await CasesAsync());
        Assert.Equal(caseId, item.CaseId);
        Assert.Equal(CaseStatus.Missed, item.Status);
        Assert.Equal(MissedReason.DeliveredTooOften.Text, item.MissedReason);
        Assert.Equal(0, await _services.Get<IWorklistStore>().CountPoisonAsync(Jurisdiction.CW, CancellationToken.None));
    }

    [Fact]
    public async Task PoisonQueue_DrainedAfterTheIntake_EmptiedWithoutASecondCase()
    {
        await PoisonedHitAsync("poison-drain");

        var drained = await _services.Get<DeadLetterDrain>().DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);

        Assert.Equal((0, 1), (drained.Missed, drained.AlreadyFiled));
        Assert.Single(await CasesAsync());
        Assert.Empty(await _services.Get<IHitQueue>().ReceiveDeadLetteredAsync(Jurisdiction.CW, 10, TimeSpan.FromSeconds(1), CancellationToken.None));
    }
}
