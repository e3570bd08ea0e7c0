using System.Globalization;
using Azure.Data.Tables;
using BorderScreening.Application.History;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// The screening history's rows, kept in the screenings table beside the record's assessment so they
/// are written in the same entity-group transaction (no second round trip per record).
/// <para>
/// Keys: in the record's assessment partition ("{jurisdiction}|{shard}"), RowKey
/// "H|{filed UTC ticks, 19 digits}|{first id}" for the history entry and "R|{same}" for the full
/// record while the lateness horizon keeps it. Filed = the first version's own time, so a correction
/// or recount replaces the rows in place, and both kinds are range-ordered by time: a replay of a
/// period reads one key range per shard, and retention deletes the oldest range.
/// </para>
/// </summary>
public static class HistoryRows
{
    /// <summary>History entry rows.</summary>
    public const string HistoryPrefix = "H|";

    /// <summary>Full-record rows.</summary>
    public const string RecentPrefix = "R|";

    /// <summary>The two rows of a filing, for an upsert in the assessment's transaction.</summary>
    public static IEnumerable<TableEntity> For(string partition, RecordFiling filing)
    {
        var history = filing.History;
        yield return History(partition, history);
        yield return new TableEntity(partition, Key(RecentPrefix, history.FiledAt, history.Id))
        {
            ["Body"] = TableBody.Write(filing.Recent),
        };
    }

    /// <summary>The history entry's row.</summary>
    public static TableEntity History(string partition, HistoryEntry history) =>
        new(partition, Key(HistoryPrefix, history.FiledAt, history.Id))
        {
            ["Body"] = TableBody.Write(history),
            ["EventAt"] = history.EventAt,
        };

    /// <summary>The row key of a record's entry of <paramref name="prefix"/> kind.</summary>
    public static string Key(string prefix, DateTimeOffset filedAt, string id) => $"{Bound(prefix, filedAt)}|{id}";

    /// <summary>The lowest key of <paramref name="prefix"/> kind filed at <paramref name="at"/> (range bounds).</summary>
    public static string Bound(string prefix, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{Math.Max(0, at.UtcTicks):D19}");

    /// <summary>The partition of a record's rows.</summary>
    public static string? PartitionOf(string id) =>
        AssessmentId.TryParse(id, out var jurisdiction, out var shard) ? AssessmentId.PartitionKey(jurisdiction, shard) : null;

    /// <summary>The partition of a jurisdiction's shard.</summary>
    public static string Partition(Jurisdiction jurisdiction, int shard) => AssessmentId.PartitionKey(jurisdiction, shard);
}
