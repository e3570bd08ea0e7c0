using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Worklist;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Hosting.Composition;
using BorderScreening.LocalHost;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Benchmarks.Storage;

/// <summary>
/// Storage-bound figures against a real Azurite on 127.0.0.1 (in memory): the emulator's ceiling,
/// our ingest through <see cref="ScreeningService"/>, a replay of exactly our write set, the read
/// rate of assessment rows, and the local host over HTTP. Counts are bounded so the run stays short.
/// </summary>
public static partial class StorageHarness
{
    private const int IngestRecords = 2400;
    private const int IngestBatch = 300;
    private const int Concurrency = 16;

    /// <summary>Runs every storage measurement; writes storage.json.</summary>
    /// <param name="outDir">Where storage.json goes.</param>
    /// <param name="httpOnly">Only the HTTP figures.</param>
    /// <param name="ingestOnly">Only ingest and its raw replay (the ratio to the ceiling), for a quick before/after.</param>
    /// <param name="worklistOnly">Only the worklist page figures.</param>
    public static async Task RunAsync(string outDir, bool httpOnly = false, bool ingestOnly = false, bool worklistOnly = false)
    {
        var results = new ResultFile();
        var azurite = await SharedAzurite.GetAsync();
        results.Fact("azurite", "in memory, 127.0.0.1, started by AzuriteProcess (package.json pin)");
        try
        {
            if (worklistOnly)
            {
                // Only the worklist figures (scripts/bench storage-worklist), for work on the worklist alone.
                await using var host = await LocalHostServer.StartAsync(new Dictionary<string, string?> { ["Logging:LogLevel:Azure"] = "Error" });
                await WorklistAsync(host, results);
                return;
            }

            if (!httpOnly)
            {
                await CeilingAsync(azurite, results);
                var shape = await IngestAsync(azurite, results);
                await IngestTwoInstancesAsync(azurite, results);
                // The history replay seeds 200,000 rows, which takes Azurite far longer than the rest of
                // the suite together: it is its own phase (scripts/bench history).
                await ReplayAsync(azurite, shape, results);
            }

            if (!ingestOnly)
            {
                await HttpAsync(results);
            }
        }
        finally
        {
            results.Save(Path.Combine(outDir, "storage.json"));
            await azurite.DisposeAsync();
        }
    }

    /// <summary>What our ingest wrote per record, for the replay.</summary>
    private sealed record WriteShape(IReadOnlyList<(int Entities, bool Hit)> Records, int AssessmentChars, int CaseChars, int HitChars, int SightingWrites);

    private static string Tag() => "b" + Guid.NewGuid().ToString("N")[..10];

    private static async Task CeilingAsync(AzuriteProcess azurite, ResultFile results)
    {
        Console.WriteLine("(a) Azurite ceiling …");
        var service = new TableServiceClient(azurite.ConnectionString);
        var table = service.GetTableClient(Tag() + "raw");
        await table.CreateIfNotExistsAsync();
        var body = new string('x', 1024);

        // 100-entity transactions, one partition each, 8 partitions written concurrently.
        async Task<int> Transactions(int perWriter, int writers, string run)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, writers), new ParallelOptions { MaxDegreeOfParallelism = writers }, async (w, ct) =>
            {
                for (var t = 0; t < perWriter; t++)
                {
                    var partition = string.Create(CultureInfo.InvariantCulture, $"{run}-{w}-{t}");
                    var actions = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(
                        TableTransactionActionType.Add,
                        new TableEntity(partition, i.ToString("D3", CultureInfo.InvariantCulture)) { ["Body"] = body, ["Score"] = 0.5, ["IsHit"] = false })).ToList();
                    await table.SubmitTransactionAsync(actions, ct);
                }
            });
            return perWriter * writers * 100;
        }

        await Transactions(2, 8, "warm");
        var watch = Stopwatch.StartNew();
        var written = await Transactions(20, 8, "run");
        watch.Stop();
        results.Add("ceiling.tx.eps", written / watch.Elapsed.TotalSeconds, "entities/s", $"{written:N0} entities of ~1 KiB in 100-entity transactions, 8 partitions concurrently");
        results.Add("ceiling.tx.tps", written / 100 / watch.Elapsed.TotalSeconds, "transactions/s");

        // Single upserts (sighting-sized rows), 16 concurrent tasks.
        async Task<int> Upserts(int count, string run)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
                await table.UpsertEntityAsync(new TableEntity(run + "-" + (i % 500).ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture)) { ["SeenAt"] = RecordGenerator.ScreenedAt }, TableUpdateMode.Replace, ct));
            return count;
        }

        await Upserts(500, "uwarm");
        watch.Restart();
        var upserts = await Upserts(4000, "u");
        watch.Stop();
        results.Add("ceiling.upsert16.ops", upserts / watch.Elapsed.TotalSeconds, "upserts/s", $"{upserts:N0} single upserts, 16 concurrent tasks");

        // Queue sends (hits), 16 concurrent tasks.
        var queue = new QueueClient(azurite.ConnectionString, Tag() + "q", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.CreateIfNotExistsAsync();
        var message = new string('m', 400);
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, ct) => await queue.SendMessageAsync(message, ct));
        watch.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, ct) => await queue.SendMessageAsync(message, ct));
        watch.Stop();
        results.Add("ceiling.queue16.ops", 1000 / watch.Elapsed.TotalSeconds, "sends/s", "1,000 queue sends, 16 concurrent tasks");
    }

    internal static async Task<(ServiceProvider Provider, string KeyFolder)> BuildServicesAsync(AzuriteProcess azurite, string? sharedPrefix = null)
    {
        // Instances of one deployment share the tables and the pseudonymisation keys.
        var prefix = sharedPrefix ?? Tag();
        var keyFolder = Path.Combine(Path.GetTempPath(), "screening-bench", prefix);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix,
            ["Privacy:KeyFolder"] = Path.Combine(keyFolder, "pseudonymisation-keys"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddScreening(configuration);
        // Where the ingest's time goes: every storage request timed by kind, and the counting phase timed.
        var timing = new RequestTimingPolicy();
        services.AddSingleton(timing);
        services.AddAzureClients(clients => clients.ConfigureDefaults(options => options.AddPolicy(timing, HttpPipelinePosition.PerCall)));
        services.AddSingleton(sp => new TimedNetworkCounter(ActivatorUtilities.CreateInstance<TableNetworkCounter>(sp)));
        services.AddSingleton<INetworkCounter>(sp => sp.GetRequiredService<TimedNetworkCounter>());
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageTables>().EnsureCreatedAsync(CancellationToken.None);
        return (provider, keyFolder);
    }

    private static StringContent Json(object value) =>
        new(JsonSerializer.Serialize(value, ScreeningJson.Options), Encoding.UTF8, "application/json");

    private static async Task HttpAsync(ResultFile results)
    {
        Console.WriteLine("(c) local host over HTTP …");
        // The per-caller feed limit (600 requests a minute by default) would answer 429 long before the
        // 1,000 sequential requests end: lift it, the figures are about the screening path.
        await using var host = await LocalHostServer.StartAsync(new Dictionary<string, string?> { ["Security:FeedRequestsPerMinute"] = "1000000", ["Logging:LogLevel:Azure"] = "Error" });
        var client = host.Client;
        var generator = new RecordGenerator(77, "h" + Guid.NewGuid().ToString("N")[..6]);

        async Task<double> PostOne(ScreeningRecord record)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync(new Uri("/api/screenings", UriKind.Relative), Json(new { records = new[] { record } }));
            _ = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            return response.StatusCode == HttpStatusCode.OK
                ? watch.Elapsed.TotalMilliseconds
                : throw new InvalidOperationException($"POST /api/screenings answered {(int)response.StatusCode}");
        }

        for (var i = 0; i < 50; i++)
        {
            await PostOne(generator.Mixed());
        }

        var latencies = new List<double>();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            latencies.Add(await PostOne(generator.Mixed()));
        }

        total.Stop();
        results.Add("http.single.p50.ms", Latencies.Percentile(latencies, 50), "ms", "1,000 sequential single-record POST /api/screenings after 50 warm-up requests");
        results.Add("http.single.p95.ms", Latencies.Percentile(latencies, 95), "ms");
        results.Add("http.single.p99.ms", Latencies.Percentile(latencies, 99), "ms");
        results.Add("http.single.max.ms", latencies.Max(), "ms");
        results.Add("http.single.rps", 1000 / total.Elapsed.TotalSeconds, "records/s", "one client, one record per request");

        // Batches: 8 concurrent clients, 300 records per request.
        const int Clients = 8, BatchesPerClient = 1, BatchSize = 100;
        using var batchClient = new HttpClient { BaseAddress = client.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        batchClient.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        var batches = Enumerable.Range(0, Clients * BatchesPerClient).Select(_ => Enumerable.Range(0, BatchSize).Select(_ => generator.Mixed()).ToArray()).ToList();
        var batchWatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (c, ct) =>
        {
            for (var b = 0; b < BatchesPerClient; b++)
            {
                using var response = await batchClient.PostAsync(new Uri("/api/screenings", UriKind.Relative), Json(new { records = batches[(c * BatchesPerClient) + b] }), ct);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"batch POST answered {(int)response.StatusCode}");
                }
            }
        });
        batchWatch.Stop();
        results.Add("http.batch.rps", Clients * BatchesPerClient * BatchSize / batchWatch.Elapsed.TotalSeconds, "records/s", $"{Clients} concurrent clients, {BatchesPerClient} batch of {BatchSize} records each");

        await HitVisibilityAsync(host, generator, results);
        await WorklistAsync(host, results);
    }

    private static async Task HitVisibilityAsync(LocalHostServer host, RecordGenerator generator, ResultFile results)
    {
        Console.WriteLine("(d) POST → case in the worklist …");
        var worklist = host.Get<IWorklistStore>();
        var latencies = new List<double>();
        var jitter = new Random(5);
        for (var i = 0; i < 30; i++)
        {
            // Spread the POSTs over the intake timer's period; back-to-back samples would line up with it.
            await Task.Delay(jitter.Next(0, 2000));
            var watch = Stopwatch.StartNew();
            using var response = await host.Client.PostAsync(new Uri("/api/screenings", UriKind.Relative), Json(new { records = new ScreeningRecord[] { generator.Hit("CUR") } }));
            var text = await response.Content.ReadAsStringAsync();
            var result = JsonNode.Parse(text)?["results"]?[0];
            if (result?["assessmentId"]?.GetValue<string>() is not { } id || result["assessment"]?["caseId"] is null)
            {
                throw new InvalidOperationException($"The hit fixture did not raise a case ({(int)response.StatusCode}): {text[..Math.Min(600, text.Length)]}");
            }

            while (await worklist.GetAsync(Jurisdiction.CW, id, CancellationToken.None) is null)
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(15))
                {
                    throw new InvalidOperationException($"Case {id} did not reach the worklist within 15 s.");
                }

                await Task.Delay(10);
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        results.Add("visible.p50.ms", Latencies.Percentile(latencies, 50), "ms", "30 hits POSTed at random points of the 2 s intake period, then polled in the worklist table every 10 ms");
        results.Add("visible.p99.ms", Latencies.Percentile(latencies, 99), "ms");
    }

    private static async Task WorklistAsync(LocalHostServer host, ResultFile results)
    {
        Console.WriteLine("(e) worklist first page with 10,000 open cases …");
        var store = host.Get<IWorklistStore>();
        const int Cases = 10_000;
        // Through the store, so each case is written with its sort-index rows as intake writes them
        // (four entities a case; Azurite is single-threaded, more writers only queue up).
        var seeding = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Cases / 100), new ParallelOptions { MaxDegreeOfParallelism = 1 }, async (t, ct) =>
        {
            var items = Enumerable.Range(0, 100).Select(i =>
            {
                var n = (t * 100) + i;
                var id = string.Create(CultureInfo.InvariantCulture, $"aw-bench{n:D16}");
                return new WorklistItem
                {
                    CaseId = id,
                    AssessmentId = id,
                    Jurisdiction = Jurisdiction.AW,
                    Priority = 1 + (n % 5),
                    Deadline = RecordGenerator.ScreenedAt.AddMinutes(n % 4000),
                    Score = 0.5 + ((n % 50) / 100.0),
                    Band = RiskBand.High,
                    Typologies = [Typology.LabourExploitation],
                    ForcedReview = false,
                    Status = CaseStatus.Open,
                    ReceivedAt = RecordGenerator.ScreenedAt,
                };
            }).ToList();
            foreach (var chunk in items.Chunk(25))
            {
                try
                {
                    await store.AddManyAsync(chunk, ct);
                }
                catch (Azure.RequestFailedException ex) when (ex.Status == 409)
                {
                    // On a loaded box the client may time out and retry a transaction that had in fact
                    // gone through; the count check below proves all cases are there.
                }
            }

            if (t % 10 == 9)
            {
                Console.WriteLine($"    {(t + 1) * 100:N0} cases after {seeding.Elapsed.TotalSeconds:N1} s");
            }
        });
        Console.WriteLine($"    seeded {Cases:N0} cases with their index rows in {seeding.Elapsed.TotalSeconds:N1} s");

        var review = host.Get<WorklistService>();
        var service = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await review.ListAsync(BenchActors.Supervisor, Jurisdiction.AW, new WorklistQuery { Page = 1 }, CancellationToken.None);
            watch.Stop();
            // The HTTP runs before filed a few AW hits of their own on top of the 10,000.
            if (page.Value is not { } listed || listed.Total < Cases)
            {
                throw new InvalidOperationException($"ListAsync returned {page.Value?.Total} cases, expected at least {Cases}.");
            }

            if (i >= 2)
            {
                service.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var http = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await host.Client.GetAsync(new Uri("/api/review/AW/cases?page=1", UriKind.Relative));
            _ = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET /api/review/AW/cases answered {(int)response.StatusCode}");
            }

            if (i >= 2)
            {
                http.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        results.Add("worklist.http.p50.ms", Latencies.Percentile(http, 50), "ms", "GET /api/review/AW/cases?page=1 with 10,000 open cases; 5 timed after 2 warm-up");
        results.Add("worklist.http.max.ms", http.Max(), "ms");
        results.Add("worklist.service.p50.ms", Latencies.Percentile(service, 50), "ms", "WorklistService.ListAsync, same data");
    }
}
