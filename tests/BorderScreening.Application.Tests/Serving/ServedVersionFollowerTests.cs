using BorderScreening.Application.Serving;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Application.Tests.Serving;

public sealed class ServedVersionFollowerTests
{
    private sealed class CountingSource(string name, Exception? failure = null) : IServedVersionSource
    {
        public int Calls;

        public string Name => name;

        public Task SyncAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return failure is null ? Task.CompletedTask : Task.FromException(failure);
        }
    }

    private static ServedVersionFollower Follower(FakeTimeProvider time, params IServedVersionSource[] sources) =>
        new(sources, Options.Create(new ServingOptions { FollowInterval = TimeSpan.FromSeconds(30) }), time, NullLogger<ServedVersionFollower>.Instance);

    [Fact]
    public async Task FollowAsync_ChecksOncePerInterval()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var catalogue = new CountingSource("catalogue");
        var model = new CountingSource("model");
        var follower = Follower(time, catalogue, model);

        await follower.FollowAsync(CancellationToken.None);
        await follower.FollowAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(29));
        await follower.FollowAsync(CancellationToken.None);
        Assert.Equal(1, catalogue.Calls);
        Assert.Equal(1, model.Calls);

        time.Advance(TimeSpan.FromSeconds(2));
        await follower.FollowAsync(CancellationToken.None);
        Assert.Equal(2, catalogue.Calls);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task FollowAsync_ConcurrentBatches_OneCheck()
    {
        var time = new FakeTimeProvider();
        var source = new CountingSource("model");
        var follower = Follower(time, source);

        await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => follower.FollowAsync(CancellationToken.None))));

        Assert.Equal(1, source.Calls);
    }

    [Fact]
    public async Task FollowAsync_FailingSource_DoesNotFailTheBatchOrStopTheOthers()
    {
        var time = new FakeTimeProvider();
        var broken = new CountingSource("catalogue", new Azure.RequestFailedException(503, "down"));
        var model = new CountingSource("model");
        var follower = Follower(time, broken, model);

        await follower.FollowAsync(CancellationToken.None);

        Assert.Equal(1, broken.Calls);
        Assert.Equal(1, model.Calls);
    }
}
