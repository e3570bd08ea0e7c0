using System.ComponentModel;
using BorderScreening.Cli.Load;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening load</c>: the load test. Starts Azurite and the local host as a second process with
/// injected storage faults, sends a burst of flights with duplicates and retries, restarts Azurite
/// mid-burst, and checks the store: exit code 1 when anything was lost or doubled.
/// </summary>
public sealed class LoadCommand : AsyncCommand<LoadCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Flights.</summary>
        [CommandOption("--flights")]
        [Description("Flights arriving together (default 50)")]
        public int Flights { get; init; } = 50;

        /// <summary>Travellers per flight.</summary>
        [CommandOption("--travellers")]
        [Description("Travellers per flight (default 300)")]
        public int Travellers { get; init; } = 300;

        /// <summary>Fault rate.</summary>
        [CommandOption("--faults")]
        [Description("Share of storage calls failed on purpose, 0 to 1 (default 0.1)")]
        public double Faults { get; init; } = 0.1;

        /// <summary>Restart delay.</summary>
        [CommandOption("--restart-after")]
        [Description("Seconds into the burst to stop and restart Azurite (default 5)")]
        public double RestartAfter { get; init; } = 5;

        /// <summary>No restart.</summary>
        [CommandOption("--no-restart")]
        public bool NoRestart { get; init; }

        /// <summary>Intake outage.</summary>
        [CommandOption("--intake-outage")]
        [Description("Seconds the hit intake is down from the start; every third flight lands halfway through, so its deadlines pass (default: no outage)")]
        public double? IntakeOutage { get; init; }

        /// <summary>Seed.</summary>
        [CommandOption("--seed")]
        public int Seed { get; init; } = 20261128;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Flights < 1 || Travellers < 1 || Travellers > 1000 ? ValidationResult.Error("--flights must be positive and --travellers between 1 and 1000 (the batch limit).")
            : Faults is < 0 or > 1 ? ValidationResult.Error("--faults must lie between 0 and 1.")
            : RestartAfter < 0 ? ValidationResult.Error("--restart-after must not be negative.")
            : IntakeOutage is < 10 or > 600 ? ValidationResult.Error("--intake-outage must lie between 10 and 600 seconds.")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var run = new LoadRun(
            new LoadRunOptions
            {
                Flights = settings.Flights,
                TravellersPerFlight = settings.Travellers,
                FaultRate = settings.Faults,
                RestartAfter = settings.NoRestart ? null : TimeSpan.FromSeconds(settings.RestartAfter),
                Seed = settings.Seed,
                IntakeOutage = settings.IntakeOutage is { } down ? TimeSpan.FromSeconds(down) : null,
                // Hits filed as missed need the guard's runs after the outage; give settling room for it.
                SettleTimeout = TimeSpan.FromMinutes(3) + (settings.IntakeOutage is { } d ? TimeSpan.FromSeconds(d) : TimeSpan.Zero),
            },
            line => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(line)}[/]"));
        LoadReport report;
        try
        {
            report = await run.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The whole trace: a run that breaks is itself a finding to look into.
            AnsiConsole.WriteException(ex);
            if (run.WorkFolder is { } folder)
            {
                AnsiConsole.MarkupLine($"[grey]Azurite data and the host's log are kept in {Markup.Escape(folder)}[/]");
            }

            return 2;
        }

        Console.Out.Write(report.ToText());
        if (run.WorkFolder is { } kept)
        {
            AnsiConsole.MarkupLine($"[grey]Azurite data and the host's log are kept in {Markup.Escape(kept)}[/]");
        }

        return report.Passed ? 0 : 1;
    }
}
