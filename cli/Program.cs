using BorderScreening.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("screening");
    config.AddCommand<ServeCommand>("serve").WithDescription("Run the local host (Azurite, demo data) on http://127.0.0.1:7071.");
    config.AddCommand<TokenCommand>("token").WithDescription("Print a signed bearer token for the local host (local key; demo and tests).");
    config.AddCommand<ParseCommand>("parse").WithDescription("Parse a feed file and print the normalised records as JSON.");
});
return await app.RunAsync(args);
