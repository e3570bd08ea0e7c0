using Azure.Data.Tables;
using BorderScreening.Application.Storage;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// The service's tables, created from the one <see cref="TableServiceClient"/>. Table names carry the
/// configured prefix so parallel test runs never share state.
/// </summary>
public sealed class StorageTables(TableServiceClient service, IOptions<StorageOptions> options) : IStorageProbe
{
    private readonly string _prefix = options.Value.TablePrefix;

    /// <summary>Assessments, review cases and outbox entries (one partition per jurisdiction shard).</summary>
    public TableClient Screenings => service.GetTableClient(_prefix + "screenings");

    /// <summary>Network sightings for rolling counts.</summary>
    public TableClient Sightings => service.GetTableClient(_prefix + "sightings");

    /// <summary>The reviewers' worklists, one partition per jurisdiction.</summary>
    public TableClient Worklist => service.GetTableClient(_prefix + "worklist");

    /// <summary>Append-only audit log.</summary>
    public TableClient Audit => service.GetTableClient(_prefix + "audit");

    /// <summary>Settings that change at run time (thresholds in force).</summary>
    public TableClient Settings => service.GetTableClient(_prefix + "settings");

    /// <summary>Reviewer decisions as labelled examples for retraining (partition per jurisdiction).</summary>
    public TableClient Labels => service.GetTableClient(_prefix + "labels");

    /// <summary>Partner outcomes of signals (partition per jurisdiction, row per signal id).</summary>
    public TableClient Outcomes => service.GetTableClient(_prefix + "outcomes");

    /// <summary>Indicator snoozes for one entity (partition per jurisdiction).</summary>
    public TableClient Snoozes => service.GetTableClient(_prefix + "snoozes");

    /// <summary>Daily monitoring reports and alerts (partition per jurisdiction; alerts in partition "alerts").</summary>
    public TableClient Monitoring => service.GetTableClient(_prefix + "monitoring");

    /// <summary>PNR passengers and listed travellers per flight, for PNR matching (partition per flight).</summary>
    public TableClient Bookings => service.GetTableClient(_prefix + "bookings");

    /// <summary>Every table, for creation at start.</summary>
    public IEnumerable<TableClient> All => [Screenings, Sightings, Worklist, Audit, Settings, Labels, Outcomes, Snoozes, Monitoring, Bookings];

    /// <inheritdoc />
    /// <remarks>Reads at most one row of the screenings table.</remarks>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in Screenings.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            break;
        }
    }

    /// <summary>Creates missing tables.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
