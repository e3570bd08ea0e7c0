using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Screening;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.LocalHost;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Benchmarks.Storage;

/// <summary>Ingest through the screening service, the raw replay of its write set, and the read-back rate.</summary>
public static partial class StorageHarness
{
    private static async Task<WriteShape> IngestAsync(AzuriteProcess azurite, ResultFile results)
    {
        Console.WriteLine("(b) ingest through ScreeningService.ScreenAsync …");
        var (provider, keyFolder) = await BuildServicesAsync(azurite);
        try
        {
            var screening = provider.GetRequiredService<ScreeningService>();
            var generator = new RecordGenerator(2024, "i" + Guid.NewGuid().ToString("N")[..6]);

            await screening.ScreenAsync(Batch(Enumerable.Range(0, 100).Select(_ => generator.Mixed())), CancellationToken.None);
            var timing = provider.GetRequiredService<RequestTimingPolicy>();
            var counting = provider.GetRequiredService<TimedNetworkCounter>();
            timing.Reset();
            counting.Reset();

            var records = Enumerable.Range(0, IngestRecords).Select(_ => generator.Mixed()).ToList();
            var outcomes = new List<RecordResult>(IngestRecords);
            var batchRates = new List<double>();
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var azuriteBefore = azurite.ProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var chunk in records.Chunk(IngestBatch))
            {
                var started = watch.Elapsed;
                var batch = await screening.ScreenAsync(Batch(chunk), CancellationToken.None);
                batchRates.Add(chunk.Length / (watch.Elapsed - started).TotalSeconds);
                outcomes.AddRange(batch.Records);
            }

            watch.Stop();
            results.Fact("ingest batches", "records/s per batch in order: " + string.Join(", ", batchRates.Select(r => r.ToString("N0", CultureInfo.InvariantCulture))));
            results.Fact("ingest phases", string.Create(CultureInfo.InvariantCulture,
                $"{100 * counting.Seconds / watch.Elapsed.TotalSeconds:0}% of the wall time adding and counting sightings (before scoring), the rest scoring, saving, publishing and recounting"));
            results.Fact("ingest request time", timing.Describe());
            self.Refresh();
            results.Fact("ingest client CPU", string.Create(CultureInfo.InvariantCulture,
                $"the benchmark process (pseudonymising, scoring, serialising, the storage clients) used {(self.TotalProcessorTime - cpuBefore).TotalSeconds:0.0} s of CPU in {watch.Elapsed.TotalSeconds:0.0} s ({100 * (self.TotalProcessorTime - cpuBefore).TotalSeconds / watch.Elapsed.TotalSeconds:0}% of one core); Azurite used {(azurite.ProcessorTime - azuriteBefore).TotalSeconds:0.0} s ({100 * (azurite.ProcessorTime - azuriteBefore).TotalSeconds / watch.Elapsed.TotalSeconds:0}% of one core; its requests are served by one Node.js thread)"));
            var screened = outcomes.Count(o => o.Status == "screened");
            if (screened != IngestRecords)
            {
                throw new InvalidOperationException($"Only {screened} of {IngestRecords} records were screened.");
            }

            var rps = IngestRecords / watch.Elapsed.TotalSeconds;
            var shape = outcomes.Select(o => (Entities: o.Assessment!.NetworkCounts.Count / 3, Hit: o.Assessment.Risk.IsHit)).ToList();
            var hits = shape.Count(s => s.Hit);
            var entities = shape.Average(s => s.Entities);
            // Counted as sent, not derived: the write set the replay below repeats.
            var sent = timing.Totals;
            long Sent(string kind) => sent.TryGetValue(kind, out var t) ? t.Count : 0;
            var sightingWrites = Sent("sighting transactions") + Sent("sighting adds");
            var reads = Sent("count queries") + Sent("other table reads");
            var requests = sent.Values.Sum(t => t.Count);
            results.Add("ingest.rps", rps, "records/s", $"{IngestRecords:N0} records in batches of {IngestBatch}, sequential batches, 16 records in flight");
            results.Add("ingest.writes.per.record", (requests - reads) / (double)IngestRecords, "writes/record", "as sent: the sightings of each entity a batch names in one transaction with their partition's marker; 1 transaction for the assessment and its two history rows (+ case + outbox for a hit); for hits a queue send and an outbox delete");
            results.Add("ingest.requests.per.record", requests / (double)IngestRecords, "requests/record", $"as sent: writes + {reads / (double)IngestRecords:0.00} reads a record (count queries for entities named before; an entity a batch names first is counted from the batch)");
            results.Add("ingest.writes.ps", rps * (requests - reads) / IngestRecords, "writes/s");
            results.Fact("ingest set", $"{IngestRecords:N0} records (3 travellers : 1 permit), {hits} hits ({100.0 * hits / IngestRecords:0.0}%), {entities:0.00} network entities per record on average, {sightingWrites / (double)IngestRecords:0.00} sighting transactions per record");

            var assessment = outcomes.First(o => o.Assessment!.Risk.IsHit).Assessment!;
            var assessmentChars = (int)outcomes.Average(o => JsonSerializer.Serialize(o.Assessment, ScreeningJson.Options).Length);
            var store = provider.GetRequiredService<IAssessmentStore>();
            var reviewCase = await store.GetCaseAsync(assessment.Id, CancellationToken.None);
            var caseChars = reviewCase is null ? 1500 : JsonSerializer.Serialize(reviewCase, ScreeningJson.Options).Length;

            await ReadAssessmentsAsync(provider.GetRequiredService<StorageTables>(), results);
            return new WriteShape(shape, assessmentChars, caseChars, 400, (int)sightingWrites);
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

    /// <summary>
    /// The same ingest with two instances of one deployment taking batches in turn: shared entities are
    /// then written by both, so what one instance remembers of them is found stale and read again.
    /// </summary>
    private static async Task IngestTwoInstancesAsync(AzuriteProcess azurite, ResultFile results)
    {
        Console.WriteLine("(b2) ingest through two instances taking batches in turn …");
        var (first, keyFolder) = await BuildServicesAsync(azurite);
        var prefix = Path.GetFileName(keyFolder);
        var (second, _) = await BuildServicesAsync(azurite, prefix);
        try
        {
            var instances = new[] { first.GetRequiredService<ScreeningService>(), second.GetRequiredService<ScreeningService>() };
            var generator = new RecordGenerator(2024, "t" + Guid.NewGuid().ToString("N")[..6]);

            foreach (var instance in instances)
            {
                await instance.ScreenAsync(Batch(Enumerable.Range(0, 100).Select(_ => generator.Mixed())), CancellationToken.None);
            }

            var timing = new[] { first, second }.Select(p => p.GetRequiredService<RequestTimingPolicy>()).ToList();
            timing.ForEach(t => t.Reset());
            var records = Enumerable.Range(0, IngestRecords).Select(_ => generator.Mixed()).ToList();
            var watch = Stopwatch.StartNew();
            var turn = 0;
            foreach (var chunk in records.Chunk(IngestBatch))
            {
                await instances[turn++ % 2].ScreenAsync(Batch(chunk), CancellationToken.None);
            }

            watch.Stop();
            long Sent(string kind) => timing.Sum(t => t.Totals.TryGetValue(kind, out var v) ? v.Count : 0);
            var requests = timing.Sum(t => t.Totals.Values.Sum(v => v.Count));
            results.Add("ingest.two.rps", IngestRecords / watch.Elapsed.TotalSeconds, "records/s", $"{IngestRecords:N0} records in batches of {IngestBatch}, two instances of one deployment taking batches in turn");
            results.Add("ingest.two.requests.per.record", requests / (double)IngestRecords, "requests/record", $"as sent, {Sent("count queries") / (double)IngestRecords:0.00} count queries a record");
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            if (Directory.Exists(keyFolder))
            {
                Directory.Delete(keyFolder, recursive: true);
            }
        }
    }

    private static ParsedBatch Batch(IEnumerable<ScreeningRecord> records) =>
        new(records.Select((r, i) => ParsedRecord.Valid(i, r)).ToList(), []);

    private static async Task ReadAssessmentsAsync(StorageTables tables, ResultFile results)
    {
        Console.WriteLine("    reading assessment rows back …");
        var partitions = JurisdictionCodes.All.SelectMany(j => Enumerable.Range(0, AssessmentId.Shards).Select(s => AssessmentId.PartitionKey(j, s))).ToList();
        var rows = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (partition, ct) =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"A|"} and RowKey lt {"A}"}");
            var local = 0;
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            {
                local += row.GetString("Body") is null ? 0 : 1;
            }

            Interlocked.Add(ref rows, local);
        });
        watch.Stop();
        var rate = rows / watch.Elapsed.TotalSeconds;
        results.Add("read.assessments.rps", rate, "rows/s", $"{rows:N0} assessment rows, partition queries, 8 in parallel");
        results.Add("read.assessments.5m.s", 5_000_000 / rate, "s", "5 million rows at this rate");
    }

    private static async Task ReplayAsync(AzuriteProcess azurite, WriteShape shape, ResultFile results)
    {
        Console.WriteLine("(b') the same write set, replayed raw …");
        var service = new TableServiceClient(azurite.ConnectionString);
        var tag = Tag();
        var screenings = service.GetTableClient(tag + "screenings");
        var sightings = service.GetTableClient(tag + "sightings");
        await screenings.CreateIfNotExistsAsync();
        await sightings.CreateIfNotExistsAsync();
        var queue = new QueueClient(azurite.ConnectionString, tag + "hits", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.CreateIfNotExistsAsync();
        var assessmentBody = new string('a', shape.AssessmentChars);
        var caseBody = new string('c', shape.CaseChars);
        var hitBody = new string('h', shape.HitChars);

        var azuriteBefore = azurite.ProcessorTime;
        var watch = Stopwatch.StartNew();
        var records = shape.Records.Count;
        await Parallel.ForEachAsync(Enumerable.Range(0, records), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
        {
            var (_, hit) = shape.Records[i];
            var id = i.ToString(CultureInfo.InvariantCulture);
            var partition = "CW|" + (i % AssessmentId.Shards).ToString(CultureInfo.InvariantCulture);
            // As many sighting transactions as the ingest sent, spread evenly over the records: a sighting
            // with its partition's marker each.
            var sightingWrites = (int)(((long)(i + 1) * shape.SightingWrites / records) - ((long)i * shape.SightingWrites / records));
            await Task.WhenAll(Enumerable.Range(0, sightingWrites).Select(e => sightings.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity($"CW|{e}|{i % 97}", "~entity")),
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity($"CW|{e}|{i % 97}", id) { ["EventAt"] = RecordGenerator.ScreenedAt }),
                ],
                ct)));
            // The assessment with its two history rows (history entry and full record), as ingest writes them.
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Add, new TableEntity(partition, "A|" + id) { ["Body"] = assessmentBody }),
                new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, "H|" + id) { ["Body"] = caseBody }),
                new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, "R|" + id) { ["Body"] = caseBody }),
            };
            if (hit)
            {
                actions.Add(new(TableTransactionActionType.Add, new TableEntity(partition, "C|" + id) { ["Body"] = caseBody }));
                actions.Add(new(TableTransactionActionType.Add, new TableEntity(partition, "O|" + id) { ["Body"] = hitBody }));
            }

            await screenings.SubmitTransactionAsync(actions, ct);
            if (hit)
            {
                await queue.SendMessageAsync(hitBody, ct);
                await screenings.DeleteEntityAsync(partition, "O|" + id, Azure.ETag.All, ct);
            }
        });
        watch.Stop();
        results.Add("replay.rps", shape.Records.Count / watch.Elapsed.TotalSeconds, "records/s", "our write set per record, no reads and no scoring, 16 records in flight");
        results.Fact("replay Azurite CPU", string.Create(CultureInfo.InvariantCulture,
            $"Azurite used {(azurite.ProcessorTime - azuriteBefore).TotalSeconds:0.0} s of CPU in {watch.Elapsed.TotalSeconds:0.0} s ({100 * (azurite.ProcessorTime - azuriteBefore).TotalSeconds / watch.Elapsed.TotalSeconds:0}% of one core)"));
    }
}
