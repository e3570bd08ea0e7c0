using BorderScreening.Cli.Commands;
using BorderScreening.Cli.Commands.Catalogue;
using BorderScreening.Cli.Commands.Model;
using BorderScreening.Cli.Commands.Watchlist;
using Spectre.Console.Cli;

namespace BorderScreening.Cli;

/// <summary>The <c>screening</c> command tree, in one place so tests run the same commands the binary does.</summary>
public static class CliApp
{
    /// <summary>A command app with every command.</summary>
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(Configure);
        return app;
    }

    /// <summary>Registers every command.</summary>
    public static void Configure(IConfigurator config)
    {
        config.SetApplicationName("screening");
        config.AddCommand<ServeCommand>("serve").WithDescription("Run the local host (Azurite, demo data) on http://127.0.0.1:7071.");
        config.AddCommand<TokenCommand>("token").WithDescription("Print a signed bearer token for the local host (local key; demo and tests).");
        config.AddCommand<ParseCommand>("parse").WithDescription("Parse a feed file and print the normalised records as JSON.");
        config.AddCommand<ScreenCommand>("screen").WithDescription("Screen a feed file against the local host (or --offline, in-process).");
        config.AddCommand<BacktestCommand>("backtest").WithDescription("Compare a candidate indicator catalogue with the one in service on stored history (--from, --to) or generated records.");
        config.AddBranch("catalogue", catalogue =>
        {
            catalogue.SetDescription("Change the indicator catalogue of a running host: list, upload, backtest, replay, activate, rollback (role Rules.Manage).");
            catalogue.AddCommand<CatalogueListCommand>("list").WithDescription("The catalogue in force, earlier ones and the stored candidates.");
            catalogue.AddCommand<CatalogueUploadCommand>("upload").WithDescription("Store a candidate catalogue (validated by the host; nothing stored when invalid).");
            catalogue.AddCommand<CatalogueBacktestCommand>("backtest").WithDescription("Compare a stored candidate with the catalogue in force on generated records.");
            catalogue.AddCommand<CatalogueReplayCommand>("replay").WithDescription("Replay a long stored period through a stored candidate, fanned out over the host's workers, with a progress bar.");
            catalogue.AddCommand<CatalogueActivateCommand>("activate").WithDescription("Put a stored candidate in force on every instance (--reason required).");
            catalogue.AddCommand<CatalogueRollbackCommand>("rollback").WithDescription("Put the previous catalogue back in force (--reason required).");
        });
        config.AddBranch("watchlist", watchlist =>
        {
            watchlist.SetDescription("Watchlists of a running host (Watchlist.Manage, Watchlist.Children) and the name-matcher check for list managers.");
            watchlist.AddCommand<WatchlistListsCommand>("lists").WithDescription("The lists the token manages or reviews against.");
            watchlist.AddCommand<WatchlistCreateCommand>("create").WithDescription("Create a list owned by a jurisdiction the token manages.");
            watchlist.AddCommand<WatchlistEntriesCommand>("entries").WithDescription("A list's entries (identifiers masked).");
            watchlist.AddCommand<WatchlistImportCommand>("import").WithDescription("Bulk import a CSV; prints what was stored and each refused line.");
            watchlist.AddCommand<WatchlistExpireCommand>("expire").WithDescription("End an entry's validity (--last-day, default yesterday).");
            watchlist.AddCommand<WatchlistRemoveCommand>("remove").WithDescription("Remove an entry.");
            watchlist.AddCommand<EvaluatePairsCommand>("evaluate-pairs").WithDescription("Score labelled name pairs as the person matcher does; precision and recall at the default threshold.");
        });
        config.AddCommand<ReportCommand>("report").WithDescription("Write a statistics report (Markdown or HTML with charts) for a period and jurisdictions, from the auditors' API.");
        config.AddCommand<GenerateCommand>("generate").WithDescription("Write synthetic traveller and permit records as JSON lines.");
        config.AddBranch("model", model =>
        {
            model.SetDescription("Train on labels, and the model registry of a running host: list, show, register, promote, rollback, audit.");
            model.AddCommand<ModelTrainCommand>("train").WithDescription("Train on reviewers' decisions (--labels FILE, or --from/--to from the store) into a run directory with card, drift reference and lineage.");
            model.AddCommand<ModelListCommand>("list").WithDescription("Registered models with stage and holdout figures.");
            model.AddCommand<ModelShowCommand>("show").WithDescription("One model with the figures of its model card.");
            model.AddCommand<ModelRegisterCommand>("register").WithDescription("Upload a training run's directory as a candidate (Model.Train).");
            model.AddCommand<ModelPromoteCommand>("promote").WithDescription("Promote to shadow or active through the gates (Model.Promote; not the trainer).");
            model.AddCommand<ModelRollbackCommand>("rollback").WithDescription("Make the previous active model active again (Model.Promote).");
            model.AddCommand<ModelAuditCommand>("audit").WithDescription("The registry's audit trail.");
            model.AddCommand<ModelFreezeEvaluationSetCommand>("freeze-evaluation-set").WithDescription("Freeze a new evaluation set for the server's gates from the labels stored now (Model.Promote).");
        });
        config.AddCommand<MonitorCommand>("monitor").WithDescription("Compute, store and print the day's monitoring report (drift, indicator and group rates, shadow comparison, alerts).");
        config.AddCommand<MonitorReferenceCommand>("monitor-reference").WithDescription("Compute a model's training reference distributions for drift monitoring.");
        config.AddCommand<TransparencyCommand>("transparency").WithDescription("Regenerate the public transparency page (docs/transparency.md) from the catalogue, the model card and the settings.");
        config.AddCommand<LoadCommand>("load").WithDescription("Load test: a burst of flights with duplicates, retries, injected storage faults and an Azurite restart; checks nothing is lost or doubled.");
        config.AddCommand<TrainDefaultModelCommand>("model-train-default").WithDescription("Reproduce the shipped model and its model card (fixed seed).");
    }
}
