using BorderScreening.Cli.Commands;
using BorderScreening.Cli.Commands.Model;
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
    config.AddCommand<ReportCommand>("report").WithDescription("Write a statistics report (Markdown or HTML with charts) for a period and jurisdictions, from the auditors' API.");
    config.AddCommand<GenerateCommand>("generate").WithDescription("Write synthetic traveller and permit records as JSON lines.");
    config.AddBranch("model", model =>
    {
        model.SetDescription("The model registry of a running host: list, show, register, promote, rollback, audit.");
        model.AddCommand<ModelListCommand>("list").WithDescription("Registered models with stage and holdout figures.");
        model.AddCommand<ModelShowCommand>("show").WithDescription("One model with the figures of its model card.");
        model.AddCommand<ModelRegisterCommand>("register").WithDescription("Upload a training run's directory as a candidate (Model.Train).");
        model.AddCommand<ModelPromoteCommand>("promote").WithDescription("Promote to shadow or active through the gates (Model.Promote; not the trainer).");
        model.AddCommand<ModelRollbackCommand>("rollback").WithDescription("Make the previous active model active again (Model.Promote).");
        model.AddCommand<ModelAuditCommand>("audit").WithDescription("The registry's audit trail.");
    });
    config.AddCommand<MonitorCommand>("monitor").WithDescription("Compute, store and print the day's monitoring report (drift, indicator and group rates, shadow comparison, alerts).");
    config.AddCommand<MonitorReferenceCommand>("monitor-reference").WithDescription("Compute a model's training reference distributions for drift monitoring.");
    config.AddCommand<TransparencyCommand>("transparency").WithDescription("Regenerate the public transparency page (docs/transparency.md) from the catalogue, the model card and the settings.");
    config.AddCommand<LoadCommand>("load").WithDescription("Load test: a burst of flights with duplicates, retries, injected storage faults and an Azurite restart; checks nothing is lost or doubled.");
    config.AddCommand<TrainDefaultModelCommand>("model-train-default").WithDescription("Reproduce the shipped model and its model card (fixed seed).");
});
return await app.RunAsync(args);
