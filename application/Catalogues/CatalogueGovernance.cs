using System.Collections.Concurrent;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Application.Catalogues.Replay;
using BorderScreening.Application.Serving;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Application.Catalogues;

/// <summary>
/// Changing the rules at run time, governed: candidates are validated completely before they are
/// stored, backtested against the catalogue in force, activated with a reason, and rolled back;
/// every step is audited. The active pointer lives in storage, so every instance follows it
/// (<see cref="SyncAsync"/> on a timer); the instance that activates swaps at once.
/// </summary>
public sealed class CatalogueGovernance(
    ICatalogueStore store,
    IndicatorCatalogueHolder holder,
    IAuditLog audit,
    IBacktestSampleSource samples,
    ThresholdStore thresholds,
    HistoryReplay replay,
    ILogger<CatalogueGovernance> logger) : IServedVersionSource
{
    /// <summary>The most records one backtest request may ask for.</summary>
    public const int MaxBacktestRecords = 50_000;

    private static readonly Lazy<IndicatorCatalogue> Shipped = new(IndicatorCatalogueLoader.LoadEmbedded);

    // Stored files never change (written once per version), so a compiled catalogue can be kept.
    private readonly ConcurrentDictionary<string, IndicatorCatalogue> _compiled = new(StringComparer.Ordinal);

    /// <summary>Validates and stores a candidate (nothing is stored when it is invalid).</summary>
    public async Task<CatalogueOutcome<StoredCatalogue>> UploadAsync(Actor actor, byte[] json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var loaded = IndicatorCatalogueLoader.Load(System.Text.Encoding.UTF8.GetString(json));
        if (!loaded.IsValid)
        {
            return CatalogueOutcomes.Invalid<StoredCatalogue>(loaded.Errors, $"The catalogue has {loaded.Errors.Count} error(s); nothing was stored.");
        }

        var catalogue = loaded.Catalogue!;
        var info = new StoredCatalogue(catalogue.Version, catalogue.ContentHash, catalogue.Indicators.Count, actor.Subject, now);
        var existing = catalogue.Version == Shipped.Value.Version ? ShippedInfo() : await FindAsync(catalogue.Version, cancellationToken);
        if (existing is not null)
        {
            return existing.ContentHash == catalogue.ContentHash
                ? CatalogueOutcomes.Ok<StoredCatalogue>(existing)
                : CatalogueOutcomes.Conflict<StoredCatalogue>($"Version {catalogue.Version} is stored with different content; give the candidate a new version.");
        }

        if (!await store.AddAsync(info, json, cancellationToken))
        {
            return CatalogueOutcomes.Conflict<StoredCatalogue>($"Version {catalogue.Version} was stored by someone else just now; list the catalogues and try again.");
        }

        _compiled[catalogue.Version] = catalogue;
        await audit.WriteAsync(actor, "catalogue.uploaded", null, null, $"version {catalogue.Version}; hash {catalogue.ContentHash}; {catalogue.Indicators.Count} indicators", cancellationToken);
        logger.LogInformation("Catalogue {Version} uploaded", catalogue.Version);
        return CatalogueOutcomes.Created<StoredCatalogue>(info);
    }

    /// <summary>The version in force, this instance's version and the stored candidates.</summary>
    public async Task<CatalogueListing> ListAsync(CancellationToken cancellationToken)
    {
        var active = await store.GetActiveAsync(cancellationToken);
        var candidates = (await store.ListAsync(cancellationToken)).Prepend(ShippedInfo())
            .OrderBy(c => c.Version, StringComparer.Ordinal)
            .ToList();
        return new CatalogueListing(
            active?.Version ?? Shipped.Value.Version,
            holder.Current.Version,
            active?.History ?? [],
            active?.ChangedBy,
            active?.ChangedAt,
            active?.Reason,
            candidates);
    }

    /// <summary>Backtests a stored candidate against the catalogue in force, with each jurisdiction's current hit threshold.</summary>
    public async Task<CatalogueOutcome<(BacktestReport Report, string Sample)>> BacktestAsync(string version, int records, int seed, CancellationToken cancellationToken)
    {
        if (records is < 1 or > MaxBacktestRecords)
        {
            return CatalogueOutcomes.Invalid<(BacktestReport, string)>([new CatalogueError(null, "records", $"must be 1 to {MaxBacktestRecords}")], "The backtest query is invalid.");
        }

        await SyncAsync(cancellationToken);
        if (await CompiledAsync(version, cancellationToken) is not { } candidate)
        {
            return CatalogueOutcomes.NotFound<(BacktestReport, string)>($"No stored catalogue has version {version}.");
        }

        await thresholds.RefreshAsync(cancellationToken);
        var options = new BacktestOptions
        {
            HitThresholds = JurisdictionCodes.All
                .Where(j => thresholds.Current(j) is not null)
                .ToDictionary(j => j, j => thresholds.Current(j)!.Value),
        };
        var sample = samples.Create(records, seed);
        var report = CatalogueBacktest.Run(sample.Contexts, holder.Current, candidate, sample.Outcomes, options);
        return CatalogueOutcomes.Ok<(BacktestReport, string)>((report, sample.Description));
    }

    /// <summary>
    /// Backtests a stored candidate on the stored history of a period (days, UTC, by the records' own
    /// time) of some jurisdictions, replayed in event time against what reviewers decided; when the
    /// store holds nothing of the period, on <paramref name="fallbackRecords"/> generated records.
    /// </summary>
    public async Task<CatalogueOutcome<(BacktestReport Report, string Sample, string Markdown)>> ReplayAsync(
        string version, DateOnly from, DateOnly to, IReadOnlyList<Jurisdiction> jurisdictions, int fallbackRecords, int seed, CancellationToken cancellationToken)
    {
        if (to <= from || to.DayNumber - from.DayNumber > HistoryReplay.MaxPeriod.TotalDays)
        {
            return CatalogueOutcomes.Invalid<(BacktestReport, string, string)>([new CatalogueError(null, "to", $"must come after from, at most {HistoryReplay.MaxPeriod.TotalDays} days later")], "The backtest query is invalid.");
        }

        await SyncAsync(cancellationToken);
        if (await CompiledAsync(version, cancellationToken) is not { } candidate)
        {
            return CatalogueOutcomes.NotFound<(BacktestReport, string, string)>($"No stored catalogue has version {version}.");
        }

        var request = new ReplayRequest
        {
            From = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Jurisdictions = jurisdictions.Count == 0 ? JurisdictionCodes.All : jurisdictions,
            Candidate = candidate,
        };
        if (!await replay.AnyAsync(request, cancellationToken))
        {
            var generated = await BacktestAsync(version, fallbackRecords, seed, cancellationToken);
            return generated.Status == CatalogueOutcomeStatus.Ok
                ? CatalogueOutcomes.Ok<(BacktestReport, string, string)>((generated.Value.Report, $"{generated.Value.Sample} (the store holds no records of {from:yyyy-MM-dd} to {to:yyyy-MM-dd})", generated.Value.Report.ToMarkdown()))
                : CatalogueOutcomes.Invalid<(BacktestReport, string, string)>([], "The fallback backtest failed.");
        }

        var report = await replay.RunAsync(request, null, cancellationToken);
        var sample = $"{report.Backtest.Records} stored records of {string.Join(", ", request.Jurisdictions.Select(j => j.ToCode()))}, {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, replayed in event time; {report.HitsWhenScreened} were hits when screened ({report.Referred} referred, {report.Cleared} cleared)";
        return CatalogueOutcomes.Ok<(BacktestReport, string, string)>((report.Backtest, sample, report.ToMarkdown()));
    }

    /// <summary>Puts a stored candidate in force for every instance; this one swaps at once.</summary>
    public async Task<CatalogueOutcome<CatalogueListing>> ActivateAsync(Actor actor, string version, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await CompiledAsync(version, cancellationToken) is not { } candidate)
        {
            return CatalogueOutcomes.NotFound<CatalogueListing>($"No stored catalogue has version {version}; upload it first.");
        }

        var active = await store.GetActiveAsync(cancellationToken);
        var from = active?.Version ?? Shipped.Value.Version;
        if (from != version)
        {
            var history = (active?.History ?? []).Append(from).TakeLast(ActiveCatalogue.MaxHistory).ToList();
            if (!await store.SetActiveAsync(new ActiveCatalogue(version, history, actor.Subject, now, reason, null), active, cancellationToken))
            {
                return CatalogueOutcomes.Conflict<CatalogueListing>("The active catalogue changed while activating; list the catalogues and try again.");
            }

            await audit.WriteAsync(actor, "catalogue.activated", null, null, $"version {version} (was {from}); reason: {reason}", cancellationToken);
            logger.LogInformation("Catalogue {Version} activated (was {From})", version, from);
        }

        Swap(candidate);
        return CatalogueOutcomes.Ok<CatalogueListing>(await ListAsync(cancellationToken));
    }

    /// <summary>Puts the version in force before the active one back in force.</summary>
    public async Task<CatalogueOutcome<CatalogueListing>> RollbackAsync(Actor actor, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = await store.GetActiveAsync(cancellationToken);
        if (active is null || active.History.Count == 0)
        {
            return CatalogueOutcomes.Conflict<CatalogueListing>("There is no earlier catalogue to roll back to.");
        }

        var previous = active.History[^1];
        if (await CompiledAsync(previous, cancellationToken) is not { } catalogue)
        {
            return CatalogueOutcomes.Conflict<CatalogueListing>($"The earlier catalogue {previous} is no longer stored.");
        }

        if (!await store.SetActiveAsync(new ActiveCatalogue(previous, active.History.Take(active.History.Count - 1).ToList(), actor.Subject, now, reason, null), active, cancellationToken))
        {
            return CatalogueOutcomes.Conflict<CatalogueListing>("The active catalogue changed while rolling back; list the catalogues and try again.");
        }

        await audit.WriteAsync(actor, "catalogue.rolledback", null, null, $"version {previous} (was {active.Version}); reason: {reason}", cancellationToken);
        logger.LogInformation("Catalogue rolled back to {Version} (was {From})", previous, active.Version);
        Swap(catalogue);
        return CatalogueOutcomes.Ok<CatalogueListing>(await ListAsync(cancellationToken));
    }

    /// <inheritdoc />
    public string Name => "catalogue";

    /// <summary>Follows the stored pointer: swaps when it names another version than the one in service here.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var active = await store.GetActiveAsync(cancellationToken);
        var version = active?.Version ?? Shipped.Value.Version;
        if (version == holder.Current.Version)
        {
            return;
        }

        if (await CompiledAsync(version, cancellationToken) is { } catalogue)
        {
            Swap(catalogue);
        }
        else
        {
            logger.LogError("The active catalogue {Version} is not stored; keeping {InService}", version, holder.Current.Version);
        }
    }

    private void Swap(IndicatorCatalogue catalogue)
    {
        var result = holder.TrySwap(catalogue);
        if (!result.Swapped)
        {
            logger.LogError("Catalogue {Version} could not be put in service: {Errors}", catalogue.Version, string.Join("; ", result.Errors));
        }
    }

    private async Task<StoredCatalogue?> FindAsync(string version, CancellationToken cancellationToken) =>
        await CompiledAsync(version, cancellationToken) is { } c ? new StoredCatalogue(c.Version, c.ContentHash, c.Indicators.Count, "", null) : null;

    /// <summary>The shipped or a stored catalogue of <paramref name="version"/>, compiled (cached); null when none loads.</summary>
    public async Task<IndicatorCatalogue?> CompiledAsync(string version, CancellationToken cancellationToken)
    {
        if (version == Shipped.Value.Version)
        {
            return Shipped.Value;
        }

        if (_compiled.TryGetValue(version, out var cached))
        {
            return cached;
        }

        if (await store.GetAsync(version, cancellationToken) is not { } json)
        {
            return null;
        }

        // Validated again: the file was valid when stored, but the loader's rules may have tightened since.
        var loaded = IndicatorCatalogueLoader.Load(System.Text.Encoding.UTF8.GetString(json));
        if (!loaded.IsValid || loaded.Catalogue!.Version != version)
        {
            logger.LogError("Stored catalogue {Version} no longer loads: {Errors}", version, string.Join("; ", loaded.Errors));
            return null;
        }

        return _compiled[version] = loaded.Catalogue;
    }

    private static StoredCatalogue ShippedInfo() =>
        new(Shipped.Value.Version, Shipped.Value.ContentHash, Shipped.Value.Indicators.Count, "shipped", null);
}
