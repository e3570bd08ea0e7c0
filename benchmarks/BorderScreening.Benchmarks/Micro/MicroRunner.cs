using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Benchmarks.Report;

namespace BorderScreening.Benchmarks.Micro;

/// <summary>
/// Runs the BenchmarkDotNet classes in process (no generated project to build offline) with a short
/// job, and turns each summary row into figures: ns and allocated bytes per record.
/// </summary>
public static class MicroRunner
{
    /// <summary>
    /// Runs every micro benchmark (or only those named in <paramref name="only"/>, e.g. ReadPnrgov);
    /// writes micro.json into <paramref name="outDir"/>.
    /// </summary>
    public static void Run(string outDir, IReadOnlyCollection<string>? only = null)
    {
        var results = new ResultFile();
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithIterationCount(7).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(outDir, "BenchmarkDotNet"))
            .WithOptions(ConfigOptions.DisableLogFile);
        if (only is { Count: > 0 })
        {
            config = config.AddFilter(new BenchmarkDotNet.Filters.NameFilter(name => only.Contains(name)));
        }

        var feeds = new FeedBenchmarks();
        feeds.Setup();
        var (paxlst, json, csv) = feeds.FixtureBytes();
        results.Fact("fixtures", $"PAXLST {paxlst:N0} bytes, JSON {json:N0} bytes, CSV {csv:N0} bytes, 300 records each");

        var scoring = new ScoringBenchmarks();
        scoring.Setup();
        var hits = scoring.Fixture.Contexts.Count(c => scoring.Fixture.Pipeline.Score(c).Risk.IsHit);
        results.Fact("scoring set", $"{ScoringBenchmarks.Records:N0} records (3 travellers : 1 permit application), {hits} hits ({100.0 * hits / ScoringBenchmarks.Records:0.#}%), model {scoring.Fixture.Model.Version}");

        var types = new List<Type> { typeof(FeedBenchmarks), typeof(ScoringBenchmarks) };
        types.AddRange(ModelFactory.MicroBenchmarkTypes);
        foreach (var type in types)
        {
            var summary = BenchmarkRunner.Run(type, config);
            foreach (var report in summary.Reports)
            {
                var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                if (report.ResultStatistics is not { } stats)
                {
                    results.Fact($"{name} failed", "no result (see the BenchmarkDotNet log above)");
                    continue;
                }

                // The median resists the outliers a shared machine produces; the mean is kept beside it.
                results.Add($"{name}.ns", stats.Median, "ns/record", $"median of {stats.N} iterations");
                results.Add($"{name}.mean", stats.Mean, "ns/record", $"±{stats.StandardError:0.#} ns s.e.");
                var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                if (bytes is { } allocated)
                {
                    results.Add($"{name}.bytes", allocated, "B/record");
                }
            }
        }

        results.Save(Path.Combine(outDir, "micro.json"));
    }
}
