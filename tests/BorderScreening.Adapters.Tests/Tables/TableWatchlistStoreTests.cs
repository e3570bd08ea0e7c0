using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The watchlist port on real Table Storage (Azurite).</summary>
public sealed class TableWatchlistStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IWatchlistStore Store => _services.Get<IWatchlistStore>();

    private static WatchlistDefinition List(string id) => new()
    {
        Id = id, Name = "Recruiters", Purpose = WatchlistPurpose.EntitiesOfInterest, Typology = "LabourExploitation", Owner = Jurisdiction.CW,
        Consents = [new WatchlistConsent(Jurisdiction.CW, "manager", Now, "owner")], CreatedBy = "manager", CreatedAt = Now,
    };

    private static WatchlistEntry Entry(string listId, string id) => new()
    {
        Listed = new ListedEntry
        {
            ListId = listId, EntryId = id, Kind = WatchlistEntryKind.Person, GivenNames = "María", Name = "Jansen", BirthDate = new PartialDate(1990, null, null),
            IdentifierHashes = ["cw-v1:AAAA", "aw-v1:BBBB"], ValidFrom = new DateOnly(2026, 11, 1), ValidTo = new DateOnly(2027, 1, 31),
        },
        Display = "María Jansen", Reason = "Reported", Source = "KPC-1", AddedBy = "manager", AddedAt = Now,
    };

    [Fact]
    public void Composition_RegistersTheTableAdapter() => Assert.IsType<TableWatchlistStore>(Store);

    [Fact]
    public async Task SaveEntries_MoreThanOneTransaction_RoundTripsEveryFieldAndMovesTheVersion()
    {
        Assert.True(await Store.AddListAsync(List("l1"), CancellationToken.None));
        var before = await Store.GetVersionAsync(CancellationToken.None);
        var entries = Enumerable.Range(0, 250).Select(i => Entry("l1", "e" + i)).ToList();

        await Store.SaveEntriesAsync("l1", entries, CancellationToken.None);
        var (version, lists, loaded) = await Store.LoadAsync(CancellationToken.None);

        Assert.NotEqual(before, version);
        Assert.Equal(List("l1").Consents, Assert.Single(lists).Consents);
        Assert.Equal(250, loaded.Count);
        var e7 = loaded.Single(e => e.Listed.EntryId == "e7");
        Assert.Equal(Entry("l1", "e7").Listed with { IdentifierHashes = e7.Listed.IdentifierHashes }, e7.Listed);
        Assert.Equal(["cw-v1:AAAA", "aw-v1:BBBB"], e7.Listed.IdentifierHashes);
        Assert.Equal("KPC-1", e7.Source);
    }

    [Fact]
    public async Task AddList_SameIdTwice_IsRefused()
    {
        Assert.True(await Store.AddListAsync(List("l2"), CancellationToken.None));

        Assert.False(await Store.AddListAsync(List("l2"), CancellationToken.None));
    }

    [Fact]
    public async Task DeleteEntry_ThereAndNotThere_SaysWhichAndMovesTheVersionOnce()
    {
        await Store.AddListAsync(List("l3"), CancellationToken.None);
        await Store.SaveEntriesAsync("l3", [Entry("l3", "x")], CancellationToken.None);
        var before = await Store.GetVersionAsync(CancellationToken.None);

        Assert.True(await Store.DeleteEntryAsync("l3", "x", CancellationToken.None));
        var after = await Store.GetVersionAsync(CancellationToken.None);
        Assert.False(await Store.DeleteEntryAsync("l3", "x", CancellationToken.None));

        Assert.NotEqual(before, after);
        Assert.Equal(after, await Store.GetVersionAsync(CancellationToken.None));
        Assert.Null(await Store.GetEntryAsync("l3", "x", CancellationToken.None));
    }

    [Fact]
    public async Task FalseMatch_IsKeptPerList()
    {
        var falseMatch = new FalseMatch("l4", "e1", Jurisdiction.CW, "case-1", "MARIA", "JANSEN", "1990-04-12", "María", "Janssen", "1990", "reviewer-cw", Now);

        await Store.AddFalseMatchAsync(falseMatch, CancellationToken.None);

        Assert.Equal(falseMatch, Assert.Single(await Store.FalseMatchesAsync("l4", CancellationToken.None)));
        Assert.Empty(await Store.FalseMatchesAsync("l5", CancellationToken.None));
    }

    [Fact]
    public async Task ChangeLog_NamesWhatEachChangeTouched_AfterAGivenTime()
    {
        var time = _services.Time;
        Assert.True(await Store.AddListAsync(List("l1"), CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(1));
        var afterList = time.GetUtcNow();
        time.Advance(TimeSpan.FromSeconds(1));
        await Store.SaveEntriesAsync("l1", [Entry("l1", "a"), Entry("l1", "b")], CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        await Store.SaveEntriesAsync("l1", [.. Enumerable.Range(0, 150).Select(i => Entry("l1", "bulk" + i))], CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Store.DeleteEntryAsync("l1", "a", CancellationToken.None));

        var all = await Store.ChangesAfterAsync(DateTimeOffset.UnixEpoch, CancellationToken.None);
        var later = await Store.ChangesAfterAsync(afterList, CancellationToken.None);

        Assert.Equal(
            [(WatchlistChangeKind.List, null), (WatchlistChangeKind.Entry, "a"), (WatchlistChangeKind.Entry, "b"), (WatchlistChangeKind.Entries, null), (WatchlistChangeKind.Entry, "a")],
            all.Select(c => (c.Kind, c.EntryId)).ToList());
        Assert.All(all, c => Assert.Equal("l1", c.ListId));
        Assert.Equal(all.Skip(1).Select(c => c.Key), later.Select(c => c.Key));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.LoggedAt <= p.Second.LoggedAt));
        Assert.Equal(afterList.AddSeconds(1), later[0].LoggedAt);
    }

    [Fact]
    public async Task Prune_MarksThenDeletesTheOlderChanges()
    {
        var time = _services.Time;
        Assert.True(await Store.AddListAsync(List("l1"), CancellationToken.None));
        await Store.SaveEntriesAsync("l1", [Entry("l1", "old")], CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));
        var cut = time.GetUtcNow();
        time.Advance(TimeSpan.FromSeconds(1));
        await Store.SaveEntriesAsync("l1", [Entry("l1", "new")], CancellationToken.None);
        var before = await Store.PrunedBeforeAsync(CancellationToken.None);

        var deleted = await Store.PruneAsync(cut, CancellationToken.None);
        var earlierCut = await Store.PruneAsync(cut.AddHours(-1), CancellationToken.None);

        Assert.Null(before);
        Assert.Equal((2, 0), (deleted, earlierCut));
        Assert.Equal(["new"], (await Store.ChangesAfterAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Select(c => c.EntryId));
        Assert.Equal(cut, await Store.PrunedBeforeAsync(CancellationToken.None));
        Assert.NotNull(await Store.GetEntryAsync("l1", "old", CancellationToken.None));
    }
}
