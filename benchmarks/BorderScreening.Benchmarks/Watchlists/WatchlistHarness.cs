using System.Diagnostics;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Benchmarks.Watchlists;

/// <summary>
/// Watchlist figures (issue 19), Stopwatch medians on the core the script pins: the extra cost per
/// record of matching against 100,000 listed persons and building the index; the stored figures
/// (start and refresh against Azurite) come from <see cref="StoredWatchlistBench"/>.
/// </summary>
public static class WatchlistHarness
{
    /// <summary>Entries in the list.</summary>
    public const int Entries = 100_000;

    private const int Travellers = 20_000;

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

        await new StoredWatchlistBench(data, results).RunAsync();
        results.Save(Path.Combine(outDir, "watchlist.json"));
        foreach (var figure in results.Figures)
        {
            Console.WriteLine($"{figure.Key}: {figure.Value:0.0} {figure.Unit} ({figure.Note})");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
