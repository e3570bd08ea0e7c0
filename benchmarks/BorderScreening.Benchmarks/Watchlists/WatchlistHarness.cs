using System.Diagnostics;
using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Watchlists;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Watchlists;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Options;

namespace BorderScreening.Benchmarks.Watchlists;

/// <summary>
/// Watchlist figures (issue 19), Stopwatch medians on the core the script pins: the extra cost per
/// record of matching against 100,000 listed persons, building the index, and loading the list from
/// Azurite and building it (what a refresh does).
/// </summary>
public static class WatchlistHarness
{
    /// <summary>Entries in the list.</summary>
    public const int Entries = 100_000;

    private const int Travellers = 20_000;

    // Entries written to Azurite for the refresh. Azurite looks each insert up first and answers each
    // query page by filtering and sorting the whole table, so writing and paging one list's partition
    // slows as it grows (a run writing 100,000 was still writing after 13 minutes). Azure Tables
    // reads a page as a range of the partition.
    private const int StoredEntries = 20_000;

    /// <summary>Runs the measurements; writes watchlist.json into <paramref name="outDir"/>.</summary>
    public static async Task RunAsync(string outDir)
    {
        var results = new ResultFile();
        var data = new WatchlistData(Entries, Travellers);
        results.Fact("watchlist data", $"{Entries:N0} listed persons (Zipf-like names, 40% common pool, 60% generated tail; 90% full birth dates), {Travellers:N0} travellers (1% listed persons with given and family names swapped)");

        var builds = new List<double>();
        WatchlistIndex index = WatchlistIndex.Empty;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            index = WatchlistIndex.Build("bench", [WatchlistData.List], data.Entries);
            builds.Add(watch.Elapsed.TotalMilliseconds);
        }

        results.Add("watchlist.build.ms", Median(builds), "ms", $"index of {Entries:N0} entries from memory, median of 5");

        var pseudonyms = new Pseudonyms();
        var day = new DateOnly(2026, 12, 6);
        var matches = 0;
        foreach (var traveller in data.Travellers.Take(2_000))
        {
            matches += index.Match(traveller, pseudonyms, day).All.Count;
        }

        var rounds = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            matches = 0;
            var watch = Stopwatch.StartNew();
            foreach (var traveller in data.Travellers)
            {
                matches += index.Match(traveller, pseudonyms, day).All.Count;
            }

            rounds.Add(watch.Elapsed.TotalMilliseconds * 1000 / Travellers);
        }

        results.Add("watchlist.match.us", Median(rounds), "µs/record", $"median of 5 rounds over {Travellers:N0} travellers; {matches:N0} matches a round");

        var azurite = await SharedAzurite.GetAsync();
        var options = Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = SharedAzurite.UniquePrefix() });
        var store = new TableWatchlistStore(new TableServiceClient(azurite.ConnectionString), options);
        await store.AddListAsync(new WatchlistDefinition
        {
            Id = "bench", Name = "Benchmark list", Purpose = WatchlistPurpose.EntitiesOfInterest, Typology = "LabourExploitation", Owner = Domain.Records.Jurisdiction.CW,
            Consents = [new WatchlistConsent(Domain.Records.Jurisdiction.CW, "bench", DateTimeOffset.UnixEpoch, "owner")],
        }, CancellationToken.None);
        var write = Stopwatch.StartNew();
        await store.SaveEntriesAsync("bench", data.Entries.Take(StoredEntries).Select(e => new WatchlistEntry { Listed = e, Reason = "benchmark", Source = "benchmark" }).ToList(), CancellationToken.None);
        results.Add("watchlist.store.s", write.Elapsed.TotalSeconds, "s", $"{StoredEntries:N0} entries written to Azurite in transactions of 100 (bulk import)");

        var loads = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var (version, lists, entries) = await store.LoadAsync(CancellationToken.None);
            index = WatchlistIndex.Build(version, lists.Select(l => l.Rules()), entries.Select(e => e.Listed));
            loads.Add(watch.Elapsed.TotalMilliseconds);
        }

        results.Add("watchlist.refresh20k.ms", Median(loads), "ms", $"load of {index.Count:N0} entries from Azurite + index build (a refresh), median of 3");
        results.Save(Path.Combine(outDir, "watchlist.json"));
        foreach (var figure in results.Figures)
        {
            Console.WriteLine($"{figure.Key}: {figure.Value:0.0} {figure.Unit} ({figure.Note})");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
