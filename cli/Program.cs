using BorderScreening.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("screening");
    config.AddCommand<ServeCommand>("serve").WithDescription("Run the local host (Azurite, demo data) on http://127.0.0.1:7071.");
    config.AddCommand<TokenCommand>("token").WithDescription("Print a signed bearer token for the local host (local key; demo and tests).");
    config.AddCommand<ParseCommand>("parse").WithDescription("Parse a feed file and print the normalised records as JSON.");
    config.AddCommand<ScreenCommand>("screen").WithDescription("Screen a feed file against the local host (or --offline, in-process).");
    config.AddCommand<BacktestCommand>("backtest").WithDescription("Compare a candidate indicator catalogue with the one in service on generated records.");
    config.AddCommand<GenerateCommand>("generate").WithDescription("Write synthetic traveller and permit records as JSON lines.");
    config.AddCommand<LoadCommand>("load").WithDescription("Load test: a burst of flights with duplicates, retries, injected storage faults and an Azurite restart; checks nothing is lost or doubled.");
    config.AddCommand<TrainDefaultModelCommand>("model-train-default").WithDescription("Reproduce the shipped model and its model card (fixed seed).");
});
return await app.RunAsync(args);
