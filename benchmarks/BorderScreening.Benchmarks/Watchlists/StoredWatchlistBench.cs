using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using BorderScreening.Adapters.Blobs;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Watchlists;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BorderScreening.Benchmarks.Watchlists;

/// <summary>
/// The stored side of the watchlist figures on Azurite: 100,000 entries written as <see cref="Lists"/>
/// lists, then what an instance pays to start (table paged once, or the snapshot blob plus the change
/// log after it) and to refresh after another instance changed one entry or imported 1,000.
/// </summary>
public sealed class StoredWatchlistBench(WatchlistData data, ResultFile results)
{
    // Azurite looks each insert up within its partition first, so one 100,000-entry partition takes
    // quadratic time to write (a run was still writing after 13 minutes); lists of 5,000 write in
    // bounded time. A list is one partition on Azure Tables too, where inserts do not slow so.
    private const int Lists = 20;

    private IWatchlistStore _store = null!;
    private IWatchlistSnapshotStore _snapshots = null!;

    /// <summary>Writes the lists and measures; adds the figures to the result file.</summary>
    public async Task RunAsync()
    {
        var azurite = await SharedAzurite.GetAsync();
        var storage = Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = SharedAzurite.UniquePrefix() });
        _store = new TableWatchlistStore(new TableServiceClient(azurite.ConnectionString), storage, TimeProvider.System);
        _snapshots = new BlobWatchlistSnapshotStore(new BlobServiceClient(azurite.ConnectionString), storage);

        var write = Stopwatch.StartNew();
        var perList = data.Entries.Count / Lists;
        for (var k = 0; k < Lists; k++)
        {
            var id = ListId(k);
            await _store.AddListAsync(Definition(id), CancellationToken.None);
            await _store.SaveEntriesAsync(id, [.. data.Entries.Skip(k * perList).Take(perList).Select(e => Entry(e with { ListId = id }))], CancellationToken.None);
            Console.WriteLine($"  list {k + 1}/{Lists} written ({write.Elapsed.TotalSeconds:0} s)");
        }

        results.Add("watchlist.store.s", write.Elapsed.TotalSeconds, "s", $"{data.Entries.Count:N0} entries written to Azurite as {Lists} lists of {perList:N0} (bulk imports, transactions of 100)");

        var table = Stopwatch.StartNew();
        var first = Cache();
        await first.RefreshAsync(CancellationToken.None);
        results.Add("watchlist.start.table.ms", table.Elapsed.TotalMilliseconds, "ms",
            $"first start without a snapshot: {first.Current.Count:N0} entries paged from the table, index built, snapshot blob written");

        var starts = new List<double>();
        WatchlistCache? started = null;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            started = Cache();
            await started.RefreshAsync(CancellationToken.None);
            starts.Add(watch.Elapsed.TotalMilliseconds);
            Check(started, data.Entries.Count);
        }

        results.Add("watchlist.start.snapshot.ms", Median(starts), "ms", $"a later start: version read, snapshot blob of {started!.Current.Count:N0} entries downloaded and read, change log applied, index built; median of 3");

        var singles = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            await _store.SaveEntriesAsync(ListId(0), [Entry(data.Entries[i] with { ListId = ListId(0), EntryId = $"added-{i}" })], CancellationToken.None);
            singles.Add(await TimedRefreshAsync(started));
            Check(started, data.Entries.Count + i + 1);
        }

        results.Add("watchlist.refresh.entry.ms", Median(singles), "ms", "refresh after another instance added one entry: change log read, the entry read, index rebuilt; median of 3");

        var imports = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var id = ListId(1 + i);
            await _store.SaveEntriesAsync(id, [.. data.Entries.Take(1_000).Select(e => Entry(e with { ListId = id, EntryId = $"import-{e.EntryId}" }))], CancellationToken.None);
            imports.Add(await TimedRefreshAsync(started));
            Check(started, data.Entries.Count + 3 + (i + 1) * 1_000);
        }

        results.Add("watchlist.refresh.import.ms", Median(imports), "ms", $"refresh after another instance imported 1,000 entries into a list of {perList:N0}: that list re-read, index rebuilt; median of 3");
    }

    private static string ListId(int k) => $"bench-{k:D2}";

    private static WatchlistDefinition Definition(string id) => new()
    {
        Id = id, Name = "Benchmark list " + id, Purpose = WatchlistPurpose.EntitiesOfInterest, Typology = "LabourExploitation", Owner = Jurisdiction.CW,
        Consents = [new WatchlistConsent(Jurisdiction.CW, "bench", DateTimeOffset.UnixEpoch, "owner")],
    };

    private static WatchlistEntry Entry(ListedEntry listed) => new() { Listed = listed, Reason = "benchmark", Source = "benchmark" };

    private static void Check(WatchlistCache cache, int expected)
    {
        if (cache.Current.Count != expected)
        {
            throw new InvalidOperationException($"the cache holds {cache.Current.Count:N0} entries, expected {expected:N0}");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task<double> TimedRefreshAsync(WatchlistCache cache)
    {
        cache.Invalidate();
        var watch = Stopwatch.StartNew();
        await cache.RefreshAsync(CancellationToken.None);
        return watch.Elapsed.TotalMilliseconds;
    }

    private WatchlistCache Cache() => new(
        _store, _snapshots, Options.Create(new WatchlistOptions { RefreshSeconds = 1, SnapshotSeconds = 3_600 }), TimeProvider.System, NullLogger<WatchlistCache>.Instance);
}
