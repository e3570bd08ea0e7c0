using System.Diagnostics;
using System.Globalization;
using BorderScreening.Http.Security;
using BorderScreening.LocalHost;

namespace BorderScreening.Cli.Load;

/// <summary>
/// One load run end to end: starts Azurite (data on disk), starts the local host as a second process
/// with injected storage faults, sends the burst, stops and restarts Azurite mid-burst, waits for
/// relay and intake to settle, then checks the store directly and builds the report.
/// </summary>
public sealed class LoadRun(LoadRunOptions options, Action<string> progress)
{
    /// <summary>Folder of the last run (Azurite data and the host's log); kept when the run failed.</summary>
    public string? WorkFolder { get; private set; }

    /// <summary>Runs the load test.</summary>
    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var runTag = "L" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var temporary = options.WorkFolder is null;
        var work = options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "screening-load", runTag);
        Directory.CreateDirectory(work);
        WorkFolder = work;
        var data = Path.Combine(work, "azurite");
        var prefix = "load" + runTag.ToLowerInvariant();
        var keyFile = Path.Combine(work, "token-signing.key");

        progress($"Generating {options.Flights} flights × {options.TravellersPerFlight} travellers…");
        var flights = new FlightGenerator(options, runTag, TimeProvider.System).Generate();

        progress("Starting Azurite (data on disk) and the local host as its own process…");
        var azurite = await AzuriteProcess.StartAsync(root, data, cancellationToken: cancellationToken);
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Storage__ConnectionString"] = azurite.ConnectionString,
                ["Storage__NamePrefix"] = prefix,
                ["Faults__Rate"] = options.FaultRate.ToString(CultureInfo.InvariantCulture),
                ["Faults__Seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                // A receive whose answer a fault swallowed leaves its hits locked; keep that short.
                ["HitQueue__LockSeconds"] = "5",
                ["Auth__Mode"] = AuthOptions.LocalKeyMode,
                ["Auth__LocalKeyFile"] = keyFile,
                // Every flight is its own feed caller; the per-caller limit is not under test here.
                ["Security__FeedRequestsPerMinute"] = "100000",
                // Every flight's caller is a feed bound to every jurisdiction (the local wildcard binding).
                ["Feeds__Bindings__load__Principals__0"] = "*",
                ["Feeds__Bindings__load__SourceSystems__0"] = "*",
                ["Feeds__Bindings__load__Jurisdictions__0"] = "AW",
                ["Feeds__Bindings__load__Jurisdictions__1"] = "CW",
                ["Feeds__Bindings__load__Jurisdictions__2"] = "SX",
                ["Feeds__Bindings__load__Jurisdictions__3"] = "BQ",
                ["Logging__LogLevel__Default"] = "Warning",
            };
            if (options.IntakeOutage is { } outage)
            {
                environment["Jobs__DrainHitQueues__OutageAfter"] = "00:00:00";
                environment["Jobs__DrainHitQueues__OutageFor"] = outage.ToString("c", CultureInfo.InvariantCulture);
                // The guard files expired hits as missed within seconds of their deadline.
                environment["Jobs__GuardDeadlines__Interval"] = "00:00:03";
                // Messages the intake finds past their deadline go to the poison queue; its drain files them.
                environment["Jobs__DrainDeadLetters__Interval"] = "00:00:03";
                progress($"Hit intake is down for the first {outage.TotalSeconds:0} s; every third flight lands halfway through.");
            }

            var tokens = new LocalTokenIssuer(new AuthOptions { Mode = AuthOptions.LocalKeyMode, LocalKeyFile = keyFile }, TimeProvider.System);
            await using var host = await HostProcess.StartAsync(root, AzuriteProcess.FreePort(), environment, Path.Combine(work, "host.log"), cancellationToken);

            var traffic = new TrafficCounts();
            var driver = new LoadDriver(host.BaseAddress, tokens, options, traffic);
            progress($"Sending the burst to {host.BaseAddress} ({flights.Sum(f => f.ExpectedIds.Count)} travellers, {flights.Sum(f => f.Duplicates.Count)} duplicates, fault rate {options.FaultRate:P0})…");
            var clock = Stopwatch.StartNew();
            var burst = driver.RunAsync(flights, cancellationToken);
            TimeSpan? restartAt = null;
            var openAtRestart = 0;
            if (options.RestartAfter is { } after)
            {
                await Task.WhenAny(burst, Task.Delay(after, cancellationToken));
                restartAt = clock.Elapsed;
                openAtRestart = traffic.OpenRequests;
                progress($"Stopping Azurite at {restartAt.Value.TotalSeconds:0.0} s ({openAtRestart} requests open)…");
                azurite = await RestartAsync(root, data, azurite, progress, cancellationToken);
                progress($"Azurite is back after {(clock.Elapsed - restartAt.Value).TotalSeconds:0.0} s.");
            }

            await burst;
            var burstTime = clock.Elapsed;
            progress($"Burst answered in {burstTime.TotalSeconds:0.0} s; waiting for relay and intake to settle…");

            var reader = new StoreReader(azurite.ConnectionString, prefix);
            var settleClock = Stopwatch.StartNew();
            var (state, settled) = await SettleAsync(reader, cancellationToken);
            var report = LoadReport.Build(options, flights, traffic, state, new RunTimes(burstTime, settleClock.Elapsed, settled, restartAt, openAtRestart));
            if (report.Passed && temporary)
            {
                await host.DisposeAsync();
                await azurite.DisposeAsync();
                TryDelete(work);
                WorkFolder = null;
            }

            return report;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task<AzuriteProcess> RestartAsync(string root, string data, AzuriteProcess running, Action<string> progress, CancellationToken cancellationToken)
    {
        var (blob, queue, table) = (running.BlobPort, running.QueuePort, running.TablePort);
        var clock = Stopwatch.StartNew();
        // A graceful stop, as an operator's restart would be: Azurite writes its data folder on SIGTERM.
        await running.StopAsync(TimeSpan.FromSeconds(60));
        progress($"Azurite stopped after {clock.Elapsed.TotalSeconds:0.0} s (SIGTERM).");
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var started = await AzuriteProcess.StartAsync(root, data, blob, queue, table, cancellationToken);
        if ((started.BlobPort, started.QueuePort, started.TablePort) != (blob, queue, table))
        {
            await started.DisposeAsync();
            throw new InvalidOperationException("Azurite could not take its old ports again after the restart.");
        }

        return started;
    }

    private async Task<(StoreState State, bool Settled)> SettleAsync(StoreReader reader, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var state = await reader.ReadAsync(cancellationToken);
            var worklist = state.WorklistEntries.Select(w => w.CaseId).ToHashSet(StringComparer.Ordinal);
            var hitsFiled = state.Assessments.Where(a => a.Value.IsHit).All(a => worklist.Contains(a.Key));
            if (state.OutboxLeft == 0 && state.QueuedHits == 0 && state.PoisonMessages == 0 && hitsFiled)
            {
                return (state, true);
            }

            if (clock.Elapsed > options.SettleTimeout)
            {
                return (state, false);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the temp folder.
        }
    }
}
