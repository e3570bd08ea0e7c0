using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Application.Tests.Watchlists;

/// <summary>
/// How one instance's lists follow the change log: each change read back as it is now, a list read
/// whole covering its single changes, a list that is gone taking its entries with it. The store is an
/// in-memory stand-in (the logic only); the same on Azurite is in WatchlistCacheOnStorageTests.
/// </summary>
public sealed class WatchlistStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static WatchlistDefinition List(string id) => new()
    {
        Id = id, Name = id, Purpose = WatchlistPurpose.EntitiesOfInterest, Typology = "LabourExploitation", Owner = Jurisdiction.CW,
        Consents = [new WatchlistConsent(Jurisdiction.CW, "manager", Now, "owner")], CreatedBy = "manager", CreatedAt = Now,
    };

    private static WatchlistEntry Entry(string listId, string id) => new()
    {
        Listed = new ListedEntry { ListId = listId, EntryId = id, Kind = WatchlistEntryKind.Person, GivenNames = "Ana", Name = "Martina " + id },
    };

    private static WatchlistChange Change(WatchlistChangeKind kind, string listId, string? entryId = null) =>
        new($"{Now.UtcTicks:D19}-{Guid.NewGuid():N}", kind, listId, entryId);

    [Fact]
    public async Task Apply_EntryAddedAndRemoved_ReadsEachAsItIsNow()
    {
        var store = new MemoryStore { Lists = { List("l1") }, Entries = { Entry("l1", "a"), Entry("l1", "new") } };
        var state = WatchlistState.Of([List("l1")], [Entry("l1", "a"), Entry("l1", "gone")]);

        await state.ApplyAsync([Change(WatchlistChangeKind.Entry, "l1", "new"), Change(WatchlistChangeKind.Entry, "l1", "gone"), Change(WatchlistChangeKind.Entry, "l1", "new")], store, CancellationToken.None);

        Assert.Equal(2, state.EntryCount);
        Assert.Equal(["a", "new"], state.ToSnapshot("v", Now, []).Entries.Select(e => e.Listed.EntryId).Order());
        Assert.Equal(2, store.EntryReads);
    }

    [Fact]
    public async Task Apply_BulkImportWithSingleChanges_ReadsTheListOnceAndNoSingleEntry()
    {
        var store = new MemoryStore { Lists = { List("l1") }, Entries = { Entry("l1", "a"), Entry("l1", "b"), Entry("l1", "c") } };
        var state = WatchlistState.Of([List("l1")], [Entry("l1", "a")]);

        await state.ApplyAsync([Change(WatchlistChangeKind.Entry, "l1", "b"), Change(WatchlistChangeKind.Entries, "l1")], store, CancellationToken.None);

        Assert.Equal(3, state.EntryCount);
        Assert.Equal((1, 0), (store.ListReads, store.EntryReads));
    }

    [Fact]
    public async Task Apply_ListGone_TakesItsEntriesOutOfTheIndexAndTheSnapshot()
    {
        var store = new MemoryStore { Lists = { List("l2") }, Entries = { Entry("l2", "x") } };
        var state = WatchlistState.Of([List("l1"), List("l2")], [Entry("l1", "a"), Entry("l1", "b"), Entry("l2", "x")]);

        await state.ApplyAsync([Change(WatchlistChangeKind.List, "l1"), Change(WatchlistChangeKind.Entries, "l1")], store, CancellationToken.None);

        Assert.Equal(1, state.BuildIndex("v").Count);
        Assert.Equal(["l2"], state.ToSnapshot("v", Now, []).Lists.Select(l => l.Id));
        Assert.Equal(0, store.ListReads);
    }

    [Fact]
    public void Index_LeavesOutEntriesOfListsItDoesNotHold()
    {
        var state = WatchlistState.Of([List("l1")], [Entry("l1", "a"), Entry("orphan", "b")]);

        Assert.Equal(1, state.BuildIndex("v").Count);
        Assert.Single(state.ToSnapshot("v", Now, []).Entries);
    }

    /// <summary>Lists and entries in memory, counting the reads a change costs.</summary>
    private sealed class MemoryStore : IWatchlistStore
    {
        public List<WatchlistDefinition> Lists { get; } = [];

        public List<WatchlistEntry> Entries { get; } = [];

        public int ListReads { get; private set; }

        public int EntryReads { get; private set; }

        public Task<WatchlistDefinition?> GetListAsync(string listId, CancellationToken cancellationToken) =>
            Task.FromResult(Lists.FirstOrDefault(l => l.Id == listId));

        public Task<IReadOnlyList<WatchlistEntry>> EntriesAsync(string listId, CancellationToken cancellationToken)
        {
            ListReads++;
            return Task.FromResult<IReadOnlyList<WatchlistEntry>>([.. Entries.Where(e => e.Listed.ListId == listId)]);
        }

        public Task<WatchlistEntry?> GetEntryAsync(string listId, string entryId, CancellationToken cancellationToken)
        {
            EntryReads++;
            return Task.FromResult(Entries.FirstOrDefault(e => e.Listed.ListId == listId && e.Listed.EntryId == entryId));
        }

        public Task<string?> GetVersionAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<(string Version, IReadOnlyList<WatchlistDefinition> Lists, IReadOnlyList<WatchlistEntry> Entries)> LoadAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<WatchlistChange>> ChangesAfterAsync(DateTimeOffset after, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<DateTimeOffset?> PrunedBeforeAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<WatchlistDefinition>> ListsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> AddListAsync(WatchlistDefinition list, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SaveListAsync(WatchlistDefinition list, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SaveEntriesAsync(string listId, IReadOnlyList<WatchlistEntry> entries, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> DeleteEntryAsync(string listId, string entryId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task AddFalseMatchAsync(FalseMatch falseMatch, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<FalseMatch>> FalseMatchesAsync(string listId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
