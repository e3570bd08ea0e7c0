using BorderScreening.Cli.Commands;
using BorderScreening.Cli.Commands.Catalogue;
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
        config.AddCommand<BacktestCommand>("backtest").WithDescription("Compare a candidate indicator catalogue with the one in service on generated records.");
        config.AddBranch("catalogue", catalogue =>
        {
            catalogue.SetDescription("Change the indicator catalogue of a running host: list, upload, backtest, activate, rollback (role Rules.Manage).");
            catalogue.AddCommand<CatalogueListCommand>("list").WithDescription("The catalogue in force, earlier ones and the stored candidates.");
            catalogue.AddCommand<CatalogueUploadCommand>("upload").WithDescription("Store a candidate catalogue (validated by the host; nothing stored when invalid).");
            catalogue.AddCommand<CatalogueBacktestCommand>("backtest").WithDescription("Compare a stored candidate with the catalogue in force on generated records.");
            catalogue.AddCommand<CatalogueActivateCommand>("activate").WithDescription("Put a stored candidate in force on every instance (--reason required).");
            catalogue.AddCommand<CatalogueRollbackCommand>("rollback").WithDescription("Put the previous catalogue back in force (--reason required).");
        });
        config.AddCommand<GenerateCommand>("generate").WithDescription("Write synthetic traveller and permit records as JSON lines.");
        config.AddCommand<TrainDefaultModelCommand>("model-train-default").WithDescription("Reproduce the shipped model and its model card (fixed seed).");
    }
}
