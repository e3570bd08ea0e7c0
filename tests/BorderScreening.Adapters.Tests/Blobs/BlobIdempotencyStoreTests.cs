using System.Text;
using BorderScreening.Adapters.Blobs;
using BorderScreening.Application.Screening;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Blobs;

/// <summary>The idempotency port on real Blob Storage (Azurite).</summary>
public sealed class BlobIdempotencyStoreTests : IAsyncLifetime
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"records":[]}""");
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes("""{"accepted":0}""");
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public void Composition_RegistersTheBlobAdapter() =>
        Assert.IsType<BlobIdempotencyStore>(_services.Get<IIdempotencyStore>());

    [Fact]
    public async Task SaveThenFind_SameCallerKeyAndBody_ReturnsTheAnswerByteForByte()
    {
        var store = _services.Get<IIdempotencyStore>();

        await store.SaveAsync("feed-a", "key-1", Body, 207, "application/json", Answer, CancellationToken.None);
        var found = await store.FindAsync("feed-a", "key-1", Body, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(207, found.Status);
        Assert.Equal("application/json", found.ContentType);
        Assert.Equal(Answer, found.Body);
        Assert.True(found.BodyMatches);
    }

    [Fact]
    public async Task Find_OtherBodyOrOtherCaller_IsMismatchOrNothing()
    {
        var store = _services.Get<IIdempotencyStore>();
        await store.SaveAsync("feed-a", "key-2", Body, 200, "application/json", Answer, CancellationToken.None);

        var otherBody = await store.FindAsync("feed-a", "key-2", Encoding.UTF8.GetBytes("{}"), CancellationToken.None);
        var otherCaller = await store.FindAsync("feed-b", "key-2", Body, CancellationToken.None);

        Assert.False(otherBody!.BodyMatches);
        Assert.Null(otherCaller);
    }

    [Fact]
    public async Task Save_Twice_KeepsTheFirstAnswer()
    {
        var store = _services.Get<IIdempotencyStore>();

        await store.SaveAsync("feed-a", "key-3", Body, 200, "application/json", Answer, CancellationToken.None);
        await store.SaveAsync("feed-a", "key-3", Body, 400, "application/problem+json", [1, 2, 3], CancellationToken.None);
        var found = await store.FindAsync("feed-a", "key-3", Body, CancellationToken.None);

        Assert.Equal(200, found!.Status);
        Assert.Equal(Answer, found.Body);
    }

    [Fact]
    public async Task Find_AfterTheRetention_ReturnsNothing()
    {
        // The blob's last-modified time comes from the storage clock, so the service clock is set a
        // day and an hour past the real present.
        await using var later = await ScreeningServices.CreateAsync(now: TimeProvider.System.GetUtcNow() + IIdempotencyStore.Retention + TimeSpan.FromHours(1));
        var store = later.Get<IIdempotencyStore>();
        await store.SaveAsync("feed-a", "key-4", Body, 200, "application/json", Answer, CancellationToken.None);

        Assert.Null(await store.FindAsync("feed-a", "key-4", Body, CancellationToken.None));
    }
}
