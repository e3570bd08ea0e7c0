using BorderScreening.Adapters.Queues;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.Functions.Jobs;
using BorderScreening.TestSupport;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Functions.Tests.Jobs;

public sealed class RelayOutboxFunctionTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;
    private readonly SwitchableHitQueue _queue = new();

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(services =>
        services.AddSingleton<IHitQueue>(sp =>
        {
            _queue.Inner = ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp);
            return _queue;
        }));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task RelayOutbox_AfterQueueWasDown_PublishesTheHitOnce()
    {
        _queue.Failing = true;
        var minor = Records.Traveller("relay-1") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, minor), CancellationToken.None);
        Assert.True(result.Assessment!.Risk.IsHit);
        Assert.Empty(await _queue.ReceiveAsync(Jurisdiction.CW, 32, TimeSpan.FromSeconds(1), CancellationToken.None));

        _queue.Failing = false;
        _services.Time.Advance(TimeSpan.FromMinutes(1));
        var function = new JobFunctions(_services.Provider);
        await function.RelayOutbox(new TimerInfo(), CancellationToken.None);
        await function.RelayOutbox(new TimerInfo(), CancellationToken.None);

        var hits = await _queue.ReceiveAsync(Jurisdiction.CW, 32, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(result.AssessmentId, Assert.Single(hits).Message!.CaseId);
    }
}
