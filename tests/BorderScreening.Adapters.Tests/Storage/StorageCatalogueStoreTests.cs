using System.Text;
using BorderScreening.Adapters.Storage;
using BorderScreening.Application.Catalogues;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Storage;

/// <summary>The catalogue port on real Blob and Table Storage (Azurite).</summary>
public sealed class StorageCatalogueStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static ActiveCatalogue Pointer(string version, params string[] history) => new(version, history, "rules-owner-1", At, "test", null);

    [Fact]
    public void Composition_RegistersTheStorageAdapter() =>
        Assert.IsType<StorageCatalogueStore>(_services.Get<ICatalogueStore>());

    [Fact]
    public async Task Add_SameVersionTwice_KeepsTheFirstFile()
    {
        var store = _services.Get<ICatalogueStore>();

        var first = await store.AddAsync(new StoredCatalogue("2026.12.9", "hash-1", 40, "rules-owner-1", At), Encoding.UTF8.GetBytes("{\"a\":1}"), CancellationToken.None);
        var second = await store.AddAsync(new StoredCatalogue("2026.12.9", "hash-2", 41, "rules-owner-2", At), Encoding.UTF8.GetBytes("{\"b\":2}"), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString((await store.GetAsync("2026.12.9", CancellationToken.None))!));
        var listed = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal(("hash-1", 40), (listed.ContentHash, listed.Indicators));
    }

    [Fact]
    public async Task SetActive_FromAStaleRead_LosesToTheFirstWriter()
    {
        var store = _services.Get<ICatalogueStore>();
        Assert.True(await store.SetActiveAsync(Pointer("2026.12.9"), null, CancellationToken.None));
        var read = await store.GetActiveAsync(CancellationToken.None);

        var firstWriter = await store.SetActiveAsync(Pointer("2026.12.2", "2026.12.9"), read, CancellationToken.None);
        var staleWriter = await store.SetActiveAsync(Pointer("2026.12.3", "2026.12.9"), read, CancellationToken.None);
        var secondCreate = await store.SetActiveAsync(Pointer("2026.12.4"), null, CancellationToken.None);

        Assert.True(firstWriter);
        Assert.False(staleWriter);
        Assert.False(secondCreate);
        var active = await store.GetActiveAsync(CancellationToken.None);
        Assert.Equal("2026.12.2", active!.Version);
        Assert.Equal(["2026.12.9"], active.History);
        Assert.NotNull(active.ConcurrencyToken);
    }
}
