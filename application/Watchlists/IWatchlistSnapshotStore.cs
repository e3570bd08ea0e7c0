namespace BorderScreening.Application.Watchlists;

/// <summary>Where the latest <see cref="WatchlistSnapshot"/> is kept.</summary>
public interface IWatchlistSnapshotStore
{
    /// <summary>The latest snapshot; null when none was written.</summary>
    Task<WatchlistSnapshot?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the stored snapshot with <paramref name="snapshot"/> when the stored one is at least
    /// <paramref name="minimumAdvance"/> older (or there is none), atomically against other instances
    /// doing the same; false when it was left as it was.
    /// </summary>
    Task<bool> TryWriteAsync(WatchlistSnapshot snapshot, TimeSpan minimumAdvance, CancellationToken cancellationToken);
}
