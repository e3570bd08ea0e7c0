using System.Diagnostics;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Benchmarks.InProcess;

/// <summary>
/// Stopwatch figures for the in-process scoring path on several threads: throughput on all cores,
/// and re-scoring 200,000 stored-like records on 2 threads, extrapolated to 5 million.
/// </summary>
public static class ThroughputHarness
{
    /// <summary>Records in the re-scoring run.</summary>
    public const int RescoreCount = 200_000;

    /// <summary>Runs both measurements; writes inprocess.json.</summary>
    public static void Run(string outDir)
    {
        var results = new ResultFile();
        var cores = Environment.ProcessorCount;
        results.Fact("threads", $"{cores} logical processors; GC workstation concurrent");

        // All cores: the 1,000-record mix, scored over and over.
        var fixture = ScoringFixture.Create(1000);
        var contexts = fixture.Contexts;
        const int Rounds = 200;
        Score(fixture.Pipeline, contexts, 20, cores); // warm-up and tier-up
        var single = Score(fixture.Pipeline, contexts, Rounds / 4, 1);
        results.Add("pipeline.1thread.rps", single, "records/s", "Stopwatch, Parallel.For with 1 thread");
        var all = Score(fixture.Pipeline, contexts, Rounds, cores);
        results.Add("pipeline.allcores.rps", all, "records/s", $"Parallel.For over {cores} threads");

        // Re-scoring: 200k distinct records, stored as JSON bodies the way a re-scoring job reads them.
        Console.WriteLine($"building {RescoreCount:N0} stored-like records …");
        var generator = new RecordGenerator(99, "r");
        var records = new ScreeningRecord[RescoreCount];
        for (var i = 0; i < RescoreCount; i++)
        {
            records[i] = generator.Mixed();
        }

        var rescoreContexts = ScoringFixture.BuildContexts(records);
        var bodies = records.Select(r => JsonSerializer.Serialize(r, ScreeningJson.Options)).ToArray();
        records = [];
        GC.Collect();

        const int Threads = 2;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Threads };
        var hits = 0;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, RescoreCount, options, () => 0, (i, _, local) => local + (fixture.Pipeline.Score(rescoreContexts[i]).Risk.IsHit ? 1 : 0), local => Interlocked.Add(ref hits, local));
        watch.Stop();
        var rate = RescoreCount / watch.Elapsed.TotalSeconds;
        results.Add("rescore.pipeline.rps", rate, "records/s", $"{RescoreCount:N0} records, 2 threads, {watch.Elapsed.TotalSeconds:0.00} s, {hits:N0} hits");
        results.Add("rescore.pipeline.5m.s", 5_000_000 / rate, "s", "extrapolated to 5 million records, pipeline only");

        // The same with reading each record from its stored JSON body (deserialisation included).
        watch.Restart();
        Parallel.For(0, RescoreCount, options, i =>
        {
            var record = JsonSerializer.Deserialize<ScreeningRecord>(bodies[i], ScreeningJson.Options)!;
            var stored = rescoreContexts[i];
            fixture.Pipeline.Score(stored with { Record = record });
        });
        watch.Stop();
        var withJson = RescoreCount / watch.Elapsed.TotalSeconds;
        results.Add("rescore.json.rps", withJson, "records/s", "record body deserialised from JSON, then scored; 2 threads");
        results.Add("rescore.json.5m.s", 5_000_000 / withJson, "s", "extrapolated to 5 million records");
        results.Fact("rescore set", $"{RescoreCount:N0} records, mean stored body {bodies.Average(b => b.Length):N0} characters, model {fixture.Model.Version}");

        results.Save(Path.Combine(outDir, "inprocess.json"));
    }

    private static double Score(ScreeningPipeline pipeline, IReadOnlyList<ScreeningContext> contexts, int rounds, int threads)
    {
        var total = rounds * contexts.Count;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, total, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => pipeline.Score(contexts[i % contexts.Count]));
        watch.Stop();
        return total / watch.Elapsed.TotalSeconds;
    }
}
