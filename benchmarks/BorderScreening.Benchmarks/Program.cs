using BorderScreening.Benchmarks.InProcess;
using BorderScreening.Benchmarks.Micro;
using BorderScreening.Benchmarks.ModelTraining;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Benchmarks.Storage;
using BorderScreening.Benchmarks.Watchlists;

// scripts/bench runs the phases in turn and then the report; each phase writes <phase>.json.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: bench micro <results dir> [benchmark names…] | inprocess|storage <results dir> [http|ingest|worklist] | history <results dir> [records, default 200000] | model <results dir> [counts...] | train-store <results dir> [N, default 1000000] | report|model-report <results dir> <docs/benchmarks.md> <command>");
    return 2;
}

var outDir = Path.GetFullPath(args[1]);
Directory.CreateDirectory(outDir);
switch (args[0])
{
    case "micro":
        MicroRunner.Run(outDir, args.Length > 2 ? args[2..] : null);
        break;
    case "inprocess":
        ThroughputHarness.Run(outDir);
        break;
    case "storage":
        await StorageHarness.RunAsync(outDir, httpOnly: args.Length > 2 && args[2] == "http", ingestOnly: args.Length > 2 && args[2] == "ingest", worklistOnly: args.Length > 2 && args[2] == "worklist");
        break;
    case "history":
        await HistoryReplayHarness.RunStandaloneAsync(outDir, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : HistoryReplayHarness.DefaultRecords);
        break;
    case "model":
        ModelHarness.Run(outDir, args.Length > 2 ? args[2..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [100_000, 1_000_000]);
        break;
    case "train-store":
        await StoreTrainingHarness.RunAsync(outDir, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : StoreTrainingHarness.DefaultCount);
        break;
    case "watchlist":
        await WatchlistHarness.RunAsync(outDir);
        break;
    case "watchlist-report" when args.Length >= 4:
        WatchlistReport.Write(outDir, args[2], args[3]);
        break;
    case "model-report" when args.Length >= 4:
        ModelReport.Write(outDir, args[2], args[3]);
        break;
    case "report" when args.Length >= 4:
        MarkdownReport.Write(outDir, args[2], args[3]);
        break;
    default:
        Console.Error.WriteLine($"unknown phase {args[0]}");
        return 2;
}

return 0;
