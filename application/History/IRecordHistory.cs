using BorderScreening.Domain.Records;

namespace BorderScreening.Application.History;

/// <summary>Reads the screening history (written with each assessment, <see cref="RecordFiling"/>).</summary>
public interface IRecordHistory
{
    /// <summary>How many shards a jurisdiction's history is spread over (a replay reads them in parallel).</summary>
    int Shards { get; }

    /// <summary>The entries of one shard filed in [<paramref name="from"/>, <paramref name="to"/>), in order of filing time.</summary>
    IAsyncEnumerable<HistoryEntry> ReadAsync(Jurisdiction jurisdiction, int shard, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Replaces a record's history entry (same filing time and id), leaving its assessment as it is.</summary>
    Task ReplaceAsync(HistoryEntry entry, CancellationToken cancellationToken);

    /// <summary>The full record filed under <paramref name="filedAt"/>, while the lateness horizon keeps it; otherwise null.</summary>
    Task<ScreeningRecord?> GetRecentAsync(string id, DateTimeOffset filedAt, CancellationToken cancellationToken);
}
