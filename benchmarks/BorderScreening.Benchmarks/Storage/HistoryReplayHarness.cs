using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Catalogues.Replay;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Application.History;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.LocalHost;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Benchmarks.Storage;

/// <summary>
/// A replay of a generated quarter from storage (issue: ≥ 200,000 stored records): history rows for
/// one jurisdiction over 91 days are written straight into Azurite (100-row transactions per shard),
/// then <see cref="HistoryReplay"/> reads them back in event time through the catalogue in service
/// and a candidate, with the process's peak working set recorded to show memory stays bounded.
/// </summary>
public static class HistoryReplayHarness
{
    /// <summary>Records in the quarter (the issue's size); <c>bench history DIR N</c> takes another.</summary>
    public const int DefaultRecords = 200_000;

    private const int Days = 91;

    /// <summary>Only this measurement (<c>bench history DIR</c>): writes history.json.</summary>
    public static async Task RunStandaloneAsync(string outDir, int records = DefaultRecords)
    {
        var results = new ResultFile();
        await using var azurite = await SharedAzurite.GetAsync();
        try
        {
            await RunAsync(azurite, results, records);
        }
        finally
        {
            results.Save(Path.Combine(outDir, "history.json"));
        }
    }

    /// <summary>Seeds and replays; adds the history.* figures.</summary>
    public static async Task RunAsync(AzuriteProcess azurite, ResultFile results, int records = DefaultRecords)
    {
        Console.WriteLine($"(h) history replay of {records:N0} stored records over {Days} days …");
        var (provider, keyFolder) = await StorageHarness.BuildServicesAsync(azurite);
        try
        {
            var tables = provider.GetRequiredService<StorageTables>();
            var from = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
            var seeding = Stopwatch.StartNew();
            await SeedAsync(tables, from, records, results);
            seeding.Stop();
            results.Add("history.seed.rps", records / seeding.Elapsed.TotalSeconds, "rows/s", "history rows added directly, 100-row transactions per shard, 4 in flight (set-up, not the product's write path)");

            var replay = provider.GetRequiredService<HistoryReplay>();
            var candidate = IndicatorCatalogueLoader.LoadEmbedded();
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var report = await replay.RunAsync(
                new ReplayRequest { Jurisdictions = [Jurisdiction.CW], From = from, To = from.AddDays(Days), Candidate = candidate, Parallelism = 8 },
                null,
                CancellationToken.None);
            using var process = Process.GetCurrentProcess();
            if (report.Backtest.Records != records)
            {
                throw new InvalidOperationException($"The replay judged {report.Backtest.Records} of {records} records.");
            }

            results.Add("history.replay.rps", report.RecordsPerSecond, "records/s", $"{records:N0} stored records of one jurisdiction over {Days} days ({report.Parts} shard-days), 8 readers, judged by two catalogues");
            results.Add("history.replay.s", report.Seconds, "s");
            results.Add("history.replay.year.min", 5_000_000 / report.RecordsPerSecond / 60, "min", "a year of history (5 million records) at this rate on one instance");
            results.Add("history.replay.peak.mb", process.PeakWorkingSet64 / 1048576.0, "MiB", $"peak working set of the whole benchmark process ({before / 1048576.0:N0} MiB before the replay)");
            await FanoutAsync(provider, candidate.Version, from, records, results);
        }
        finally
        {
            await provider.DisposeAsync();
            if (Directory.Exists(keyFolder))
            {
                Directory.Delete(keyFolder, recursive: true);
            }
        }
    }

    // The same quarter fanned out (job, queue, one blob per slice, sum): workers here are loops in this
    // process on the same two cores, so the figure is the fan-out's overhead, not its scale-out.
    private static async Task FanoutAsync(IServiceProvider provider, string version, DateTimeOffset from, int records, ResultFile results)
    {
        const int Workers = 2;
        var fanout = provider.GetRequiredService<FanoutReplayService>();
        var watch = Stopwatch.StartNew();
        var started = await fanout.StartAsync(version, DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(from.AddDays(Days).UtcDateTime), [Jurisdiction.CW], CancellationToken.None);
        var job = started.Value ?? throw new InvalidOperationException($"The fanned-out replay did not start: {started.Message}");
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (await fanout.WorkAsync(1, CancellationToken.None) > 0)
            {
            }
        }));
        var status = await fanout.StatusAsync(job.Id, CancellationToken.None);
        watch.Stop();
        if (status?.Report?.Backtest.Records != records)
        {
            throw new InvalidOperationException($"The fanned-out replay judged {status?.Report?.Backtest.Records} of {records} records.");
        }

        results.Add("history.fanout.rps", records / watch.Elapsed.TotalSeconds, "records/s", $"the same records as a fanned-out job: {job.Slices} slices of {job.PartsPerSlice} shard-days on the replay-slices queue, {Workers} worker loops in this process, report summed from the slice blobs; start to report");
        results.Add("history.fanout.s", watch.Elapsed.TotalSeconds, "s");
    }

    private static async Task SeedAsync(StorageTables tables, DateTimeOffset from, int records, ResultFile results)
    {
        var generator = new RecordGenerator(91, "h" + Guid.NewGuid().ToString("N")[..6]);
        var rows = new List<TableEntity>(records);
        var chars = 0L;
        for (var i = 0; i < records; i++)
        {
            var record = generator.Mixed() with { Jurisdiction = Jurisdiction.CW };
            var id = AssessmentId.For(record, "bench");
            var filed = from.AddSeconds((double)i * Days * 86_400 / records);
            var entry = new HistoryEntry
            {
                Id = id,
                Jurisdiction = Jurisdiction.CW,
                FiledAt = filed,
                EventAt = filed,
                ScreenedAt = filed,
                Record = HistoryRecord.Of(record, id, filed),
                Counts = new Dictionary<string, int> { ["Sponsor/30d"] = 1 + (i % 7), ["Payer/30d"] = 1 + (i % 3) },
                Band = RiskBand.Low,
            };
            var row = HistoryRows.History(HistoryRows.PartitionOf(id)!, entry);
            chars += row.GetString("Body")!.Length;
            rows.Add(row);
        }

        results.Fact("history set", $"{records:N0} generated records (3 travellers : 1 permit) filed over {Days} days in CW, history body {chars / records:N0} characters on average");
        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)).ToList();
        var done = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
        {
            // Adds, not upserts: the rows are new, and Azurite looks an upsert's row up twice (once to
            // choose between update and insert, once more in the insert), each a walk of the partition.
            await tables.Screenings.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct);
            if (Interlocked.Increment(ref done) % 200 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    seeded {done * 100:N0} rows in {watch.Elapsed.TotalSeconds:0} s"));
            }
        });
        Console.WriteLine($"    seeded {rows.Count.ToString("N0", CultureInfo.InvariantCulture)} rows in {batches.Count} transactions");
    }
}
