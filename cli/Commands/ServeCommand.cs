using BorderScreening.LocalHost;
using BorderScreening.LocalHost.Demo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary><c>screening serve</c>: the local host with Azurite and demo data.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    /// <summary>Options of the serve command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Address to listen on.</summary>
        [CommandOption("--urls")]
        public string Urls { get; init; } = LocalHostFactory.DefaultUrl;

        /// <summary>Skip the demo data.</summary>
        [CommandOption("--no-demo")]
        public bool NoDemo { get; init; }

        /// <summary>Also write spans (batches, relay runs, intake drains, review actions) to the console.</summary>
        [CommandOption("--trace")]
        public bool Trace { get; init; }

        /// <summary>Seconds between metric exports to the console; 0 turns console metrics off.</summary>
        [CommandOption("--metrics-interval <SECONDS>")]
        public int? MetricsInterval { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var data = Path.Combine(root, ".data");
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var azuriteOptions = configuration.GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();
        var settingsOverride = new Dictionary<string, string?>
        {
            ["Urls"] = settings.Urls,
            ["Auth:LocalKeyFile"] = configuration["Auth:LocalKeyFile"] ?? TokenCommand.DefaultKeyFile(),
        };
        foreach (var (key, value) in LocalKeySettings.For(data, configuration))
        {
            settingsOverride[key] = value;
        }

        if (settings.Trace)
        {
            settingsOverride["Telemetry:ConsoleTraces"] = "true";
        }

        if (settings.MetricsInterval is { } seconds)
        {
            settingsOverride["Telemetry:ConsoleMetrics"] = seconds > 0 ? "true" : "false";
            settingsOverride["Telemetry:MetricsInterval"] = TimeSpan.FromSeconds(Math.Max(1, seconds)).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        AzuriteProcess? azurite = null;
        if (azuriteOptions.Enabled && string.IsNullOrEmpty(configuration["Storage:ConnectionString"]))
        {
            AnsiConsole.MarkupLine("[grey]Starting Azurite (installing it with npm ci if missing)…[/]");
            azurite = await AzuriteProcess.StartAsync(
                root, Path.Combine(root, azuriteOptions.DataFolder), azuriteOptions.BlobPort, azuriteOptions.QueuePort, azuriteOptions.TablePort, cancellationToken);
            settingsOverride["Storage:ConnectionString"] = azurite.ConnectionString;
            AnsiConsole.MarkupLine($"[grey]Azurite: blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort}; data in {Markup.Escape(azuriteOptions.DataFolder)}[/]");
        }

        try
        {
            await using var app = LocalHostFactory.Create([], settingsOverride, services => services.AddSingleton<DemoSeeder>());
            await app.StartAsync(cancellationToken);
            if (!settings.NoDemo)
            {
                await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            }

            AnsiConsole.MarkupLine($"[green]Local host listening on {Markup.Escape(settings.Urls)}[/] — try [blue]{Markup.Escape(settings.Urls)}/api/health[/]; Ctrl+C stops it.");
            await app.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }

        return 0;
    }
}
