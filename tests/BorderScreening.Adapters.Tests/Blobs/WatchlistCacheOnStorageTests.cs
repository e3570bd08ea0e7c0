using System.Text;
using Azure.Storage.Blobs;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Tests.Blobs;

/// <summary>
/// The watchlist cache of two instances on one real storage account (Azurite): the first start pages
/// the table and leaves a snapshot blob, later starts load the snapshot and apply the change log after
/// it, and a change on one instance reaches the other by reading only what changed.
/// </summary>
public sealed class WatchlistCacheOnStorageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(now: Now);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IWatchlistStore Store => _services.Get<IWatchlistStore>();

    private IWatchlistSnapshotStore Snapshots => _services.Get<IWatchlistSnapshotStore>();

    private static WatchlistDefinition List(string id) => new()
    {
        Id = id, Name = "Recruiters", Purpose = WatchlistPurpose.EntitiesOfInterest, Typology = "LabourExploitation", Owner = Jurisdiction.CW,
        Consents = [new WatchlistConsent(Jurisdiction.CW, "manager", Now, "owner")], CreatedBy = "manager", CreatedAt = Now,
    };

    private static WatchlistEntry Entry(string listId, string id) => new()
    {
        Listed = new ListedEntry { ListId = listId, EntryId = id, Kind = WatchlistEntryKind.Person, GivenNames = "Ana " + id, Name = "Martina", BirthDate = PartialDate.Of(new DateOnly(1990, 4, 12)) },
        Display = "Ana Martina", Reason = "Reported", Source = "KPC-1", AddedBy = "manager", AddedAt = Now,
    };

    private (WatchlistCache Cache, CountingStore Reads) Instance()
    {
        var reads = new CountingStore(Store);
        var options = Options.Create(new WatchlistOptions { RefreshSeconds = 5, ChangeOverlapSeconds = 120, SnapshotSeconds = 300, ChangeLogKeepHours = 1 });
        return (new WatchlistCache(reads, Snapshots, options, _services.Time, NullLogger<WatchlistCache>.Instance), reads);
    }

    private async Task RefreshAsync(WatchlistCache cache)
    {
        _services.Time.Advance(TimeSpan.FromSeconds(6));
        await cache.RefreshAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FirstStart_PagesTheTable_AndLeavesASnapshotTheNextStartLoadsInstead()
    {
        await Store.AddListAsync(List("l1"), CancellationToken.None);
        await Store.SaveEntriesAsync("l1", [.. Enumerable.Range(0, 300).Select(i => Entry("l1", "e" + i))], CancellationToken.None);

        var (first, firstReads) = Instance();
        await RefreshAsync(first);

        Assert.Equal(1, firstReads.FullLoads);
        var snapshot = await Snapshots.ReadAsync(CancellationToken.None);
        Assert.NotNull(snapshot);
        Assert.Equal(300, snapshot.Entries.Count);
        Assert.Equivalent(Entry("l1", "e7"), snapshot.Entries.Single(e => e.Listed.EntryId == "e7"), strict: true);

        // A change after the snapshot: the next start takes the snapshot and this change from the log.
        _services.Time.Advance(TimeSpan.FromSeconds(30));
        await Store.SaveEntriesAsync("l1", [Entry("l1", "late")], CancellationToken.None);
        var (second, secondReads) = Instance();
        await RefreshAsync(second);

        Assert.Equal(0, secondReads.FullLoads);
        Assert.Equal(0, secondReads.ListReads);
        Assert.Equal(301, second.Current.Count);
        Assert.Equal(await Store.GetVersionAsync(CancellationToken.None), second.Current.Version);
    }

    [Fact]
    public async Task ChangeOnOneInstance_ReachesTheOther_ByReadingOnlyWhatChanged()
    {
        await Store.AddListAsync(List("l1"), CancellationToken.None);
        await Store.SaveEntriesAsync("l1", [.. Enumerable.Range(0, 300).Select(i => Entry("l1", "e" + i))], CancellationToken.None);
        var (a, aReads) = Instance();
        var (b, bReads) = Instance();
        await RefreshAsync(a);
        await RefreshAsync(b);

        await Store.SaveEntriesAsync("l1", [Entry("l1", "new")], CancellationToken.None);
        await Store.DeleteEntryAsync("l1", "e3", CancellationToken.None);
        await RefreshAsync(b);

        Assert.Equal(300, b.Current.Count);
        Assert.Equal(2, bReads.EntryReads);
        Assert.Equal(0, bReads.ListReads);
        Assert.Equal(1, aReads.FullLoads + bReads.FullLoads);

        // A bulk import is read as its list, once; the single changes before it are not read again.
        await Store.SaveEntriesAsync("l1", [.. Enumerable.Range(0, 150).Select(i => Entry("l1", "bulk" + i))], CancellationToken.None);
        await RefreshAsync(b);
        await RefreshAsync(a);

        Assert.Equal(450, b.Current.Count);
        Assert.Equal(450, a.Current.Count);
        Assert.Equal(1, bReads.ListReads);
        Assert.Equal(2, bReads.EntryReads);
    }

    [Fact]
    public async Task ListDefinitionChanged_IsReadAgain_WithoutItsEntries()
    {
        await Store.AddListAsync(List("l1"), CancellationToken.None);
        await Store.SaveEntriesAsync("l1", [.. Enumerable.Range(0, 10).Select(i => Entry("l1", "e" + i))], CancellationToken.None);
        var (cache, reads) = Instance();
        await RefreshAsync(cache);

        await Store.SaveListAsync(List("l1") with { Threshold = 0.97 }, CancellationToken.None);
        await RefreshAsync(cache);

        Assert.Equal(10, cache.Current.Count);
        Assert.Equal(1, reads.DefinitionReads);
        Assert.Equal(0, reads.ListReads);
    }

    [Fact]
    public async Task StartFromSnapshot_StorageFailsDuringCatchUp_NothingIsInForceUntilCaughtUp()
    {
        await Store.AddListAsync(List("l1"), CancellationToken.None);
        await Store.SaveEntriesAsync("l1", [.. Enumerable.Range(0, 20).Select(i => Entry("l1", "e" + i))], CancellationToken.None);
        await RefreshAsync(Instance().Cache);
        await Store.SaveEntriesAsync("l1", [Entry("l1", "after")], CancellationToken.None);
        var (cache, reads) = Instance();
        reads.FailEntryReads = true;

        await Assert.ThrowsAsync<IOException>(() => RefreshAsync(cache));
        var whileFailing = cache.Current.Count;
        reads.FailEntryReads = false;
        await RefreshAsync(cache);

        Assert.Equal(0, whileFailing);
        Assert.Equal(21, cache.Current.Count);
        Assert.Equal(0, reads.FullLoads);
    }

    [Fact]
    public async Task InstanceThatLookedBeforeThePrunedPoint_LoadsTheSnapshotAgain_AndMissesNothing()
    {
        await Store.AddListAsync(List("l1"), CancellationToken.None);
        await Store.SaveEntriesAsync("l1", [.. Enumerable.Range(0, 10).Select(i => Entry("l1", "e" + i))], CancellationToken.None);
        var (a, _) = Instance();
        var (b, bReads) = Instance();
        await RefreshAsync(a);
        await RefreshAsync(b);

        // A keeps up, writing a snapshot and pruning the log each time; B looks away for six hours.
        _services.Time.Advance(TimeSpan.FromHours(3));
        await Store.SaveEntriesAsync("l1", [Entry("l1", "x")], CancellationToken.None);
        await RefreshAsync(a);
        _services.Time.Advance(TimeSpan.FromHours(3));
        await Store.SaveEntriesAsync("l1", [Entry("l1", "y")], CancellationToken.None);
        await RefreshAsync(a);
        var logLeft = await Store.ChangesAfterAsync(DateTimeOffset.UnixEpoch, CancellationToken.None);
        await RefreshAsync(b);

        Assert.Equal(["y"], logLeft.Select(c => c.EntryId));
        Assert.NotNull(await Store.PrunedBeforeAsync(CancellationToken.None));
        Assert.Equal(12, a.Current.Count);
        Assert.Equal(12, b.Current.Count);
        Assert.Equal(0, bReads.FullLoads);
    }

    [Fact]
    public async Task UnreadableSnapshot_FallsBackToTheTable()
    {
        await Store.AddListAsync(List("l1"), CancellationToken.None);
        await Store.SaveEntriesAsync("l1", [Entry("l1", "e1"), Entry("l1", "e2")], CancellationToken.None);
        var storage = _services.Get<IOptions<StorageOptions>>().Value;
        var container = _services.Get<BlobServiceClient>().GetBlobContainerClient(storage.LowerCasePrefix + "watchlists");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("snapshot.json.gz").UploadAsync(new BinaryData(Encoding.UTF8.GetBytes("not gzip")), overwrite: true);

        var (cache, reads) = Instance();
        await RefreshAsync(cache);

        Assert.Equal(2, cache.Current.Count);
        Assert.Equal(1, reads.FullLoads);
    }

    /// <summary>The real store, counting the reads the cache makes of it.</summary>
    private sealed class CountingStore(IWatchlistStore inner) : IWatchlistStore
    {
        public int FullLoads { get; private set; }

        public int ListReads { get; private set; }

        public int EntryReads { get; private set; }

        public int DefinitionReads { get; private set; }

        public bool FailEntryReads { get; set; }

        public Task<string?> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

        public Task<(string Version, IReadOnlyList<WatchlistDefinition> Lists, IReadOnlyList<WatchlistEntry> Entries)> LoadAsync(CancellationToken cancellationToken)
        {
            FullLoads++;
            return inner.LoadAsync(cancellationToken);
        }

        public Task<IReadOnlyList<WatchlistChange>> ChangesAfterAsync(DateTimeOffset after, CancellationToken cancellationToken) => inner.ChangesAfterAsync(after, cancellationToken);

        public Task<DateTimeOffset?> PrunedBeforeAsync(CancellationToken cancellationToken) => inner.PrunedBeforeAsync(cancellationToken);

        public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) => inner.PruneAsync(before, cancellationToken);

        public Task<IReadOnlyList<WatchlistDefinition>> ListsAsync(CancellationToken cancellationToken) => inner.ListsAsync(cancellationToken);

        public Task<WatchlistDefinition?> GetListAsync(string listId, CancellationToken cancellationToken)
        {
            DefinitionReads++;
            return inner.GetListAsync(listId, cancellationToken);
        }

        public Task<bool> AddListAsync(WatchlistDefinition list, CancellationToken cancellationToken) => inner.AddListAsync(list, cancellationToken);

        public Task SaveListAsync(WatchlistDefinition list, CancellationToken cancellationToken) => inner.SaveListAsync(list, cancellationToken);

        public Task<IReadOnlyList<WatchlistEntry>> EntriesAsync(string listId, CancellationToken cancellationToken)
        {
            ListReads++;
            return inner.EntriesAsync(listId, cancellationToken);
        }

        public Task<WatchlistEntry?> GetEntryAsync(string listId, string entryId, CancellationToken cancellationToken)
        {
            if (FailEntryReads)
            {
                throw new IOException("storage away");
            }

            EntryReads++;
            return inner.GetEntryAsync(listId, entryId, cancellationToken);
        }

        public Task SaveEntriesAsync(string listId, IReadOnlyList<WatchlistEntry> entries, CancellationToken cancellationToken) => inner.SaveEntriesAsync(listId, entries, cancellationToken);

        public Task<bool> DeleteEntryAsync(string listId, string entryId, CancellationToken cancellationToken) => inner.DeleteEntryAsync(listId, entryId, cancellationToken);

        public Task AddFalseMatchAsync(FalseMatch falseMatch, CancellationToken cancellationToken) => inner.AddFalseMatchAsync(falseMatch, cancellationToken);

        public Task<IReadOnlyList<FalseMatch>> FalseMatchesAsync(string listId, CancellationToken cancellationToken) => inner.FalseMatchesAsync(listId, cancellationToken);
    }
}
