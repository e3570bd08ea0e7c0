using BorderScreening.Domain.Watchlists;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// The lists in force on this instance. Screening calls <see cref="RefreshAsync"/> per batch: at most
/// every <see cref="WatchlistOptions.RefreshSeconds"/> it reads the stored version (one point read)
/// and, when another instance changed a list, applies the change log since its last look (reading
/// only what changed) and swaps in a rebuilt index — so a change is in force on every instance within
/// seconds, without a restart. A starting instance loads the latest snapshot blob and applies the
/// log after it; it pages the whole table only when there is no snapshot, and then writes one.
/// Expiry needs no reload: entries carry their validity and the index checks it per record.
/// </summary>
public sealed class WatchlistCache(
    IWatchlistStore store,
    IWatchlistSnapshotStore snapshots,
    IOptions<WatchlistOptions> options,
    TimeProvider time,
    ILogger<WatchlistCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<string> _applied = new(StringComparer.Ordinal);
    private WatchlistIndex _current = WatchlistIndex.Empty;
    private WatchlistState? _state;
    private string? _version;
    private DateTimeOffset _watermark;
    private DateTimeOffset _snapshotWritten = DateTimeOffset.MinValue;
    private bool _dirty;
    private long _checkedAt;

    /// <summary>The index in force (read once per record).</summary>
    public WatchlistIndex Current => Volatile.Read(ref _current);

    private TimeSpan Overlap => TimeSpan.FromSeconds(options.Value.ChangeOverlapSeconds);

    private TimeSpan SnapshotInterval => TimeSpan.FromSeconds(options.Value.SnapshotSeconds);

    /// <summary>Catches up when the stored version moved and the last check is older than the refresh interval.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
        if (time.GetUtcNow().UtcTicks - Interlocked.Read(ref _checkedAt) < interval.Ticks)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (now.UtcTicks - Interlocked.Read(ref _checkedAt) < interval.Ticks)
            {
                return;
            }

            var version = await store.GetVersionAsync(cancellationToken) ?? "none";
            if (_state is null)
            {
                await LoadAsync(version, cancellationToken);
            }
            else if (!string.Equals(version, _version, StringComparison.Ordinal))
            {
                if (await store.PrunedBeforeAsync(cancellationToken) is { } pruned && _watermark - Overlap < pruned)
                {
                    await ReloadAsync(version, cancellationToken);
                }
                else
                {
                    await CatchUpAsync(version, cancellationToken);
                }
            }

            Interlocked.Exchange(ref _checkedAt, now.UtcTicks);
            await SnapshotIfDueAsync(cancellationToken);
        }
        catch (Exception ex) when (_state is not null && ex is not OperationCanceledException)
        {
            // Lists loaded once keep serving while storage is away; the next batch tries again.
            logger.LogWarning(ex, "Watchlist refresh failed; version {Version} stays in force", _version);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes the next refresh check the stored version (after a change made on this instance).</summary>
    public void Invalidate() => Interlocked.Exchange(ref _checkedAt, 0);

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    // Looked last before the log was pruned: the log cannot say what changed since, the snapshot can.
    // The lists in force stay in force if that load fails.
    private async Task ReloadAsync(string version, CancellationToken cancellationToken)
    {
        var (state, watermark, applied, written) = (_state, _watermark, _applied.ToList(), _snapshotWritten);
        logger.LogInformation("Watchlist change log pruned past this instance's last look; loading again");
        _state = null;
        _applied.Clear();
        try
        {
            await LoadAsync(version, cancellationToken);
        }
        catch
        {
            (_state, _watermark, _snapshotWritten) = (state, watermark, written);
            _applied.Clear();
            _applied.UnionWith(applied);
            throw;
        }
    }

    private async Task LoadAsync(string version, CancellationToken cancellationToken)
    {
        var pruned = await store.PrunedBeforeAsync(cancellationToken);
        if (await ReadSnapshotAsync(cancellationToken) is { } snapshot && !(pruned is { } p && snapshot.Watermark - Overlap < p))
        {
            _state = WatchlistState.Of(snapshot.Lists, snapshot.Entries);
            _watermark = snapshot.Watermark;
            _applied.UnionWith(snapshot.AppliedChanges);
            _snapshotWritten = snapshot.Watermark;
            try
            {
                await CatchUpAsync(version, cancellationToken);
            }
            catch
            {
                // Not in force until caught up: screening must not run on a snapshot without the changes after it.
                _state = null;
                _applied.Clear();
                throw;
            }

            logger.LogInformation("Watchlists loaded from the snapshot of {Watermark:O}", snapshot.Watermark);
            return;
        }

        // No snapshot yet: page the table once, and leave a snapshot for the instances after this one.
        // Changes already logged are in what the table gives (the data is written before its log row).
        var startedAt = time.GetUtcNow();
        var logged = await store.ChangesAfterAsync(startedAt - Overlap, cancellationToken);
        var (loaded, lists, entries) = await store.LoadAsync(cancellationToken);
        _state = WatchlistState.Of(lists, entries);
        _watermark = startedAt;
        _applied.Clear();
        _applied.UnionWith(logged.Select(c => c.Key));
        _dirty = true;
        Publish(loaded);
        logger.LogInformation("Watchlists loaded from the table");
    }

    private async Task<WatchlistSnapshot?> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await snapshots.ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An unreadable snapshot costs a slower start, never the lists: the table is the source.
            logger.LogWarning(ex, "Watchlist snapshot unreadable; loading from the table");
            return null;
        }
    }

    private async Task CatchUpAsync(string version, CancellationToken cancellationToken)
    {
        var state = _state!;
        var startedAt = time.GetUtcNow();
        var changes = await store.ChangesAfterAsync(_watermark - Overlap, cancellationToken);
        var fresh = changes.Where(c => !_applied.Contains(c.Key)).ToList();
        if (fresh.Count > 0)
        {
            _dirty = true;
            await state.ApplyAsync(fresh, store, cancellationToken);
        }

        // The next look re-reads from startedAt less the overlap; only keys in that span need remembering.
        _applied.Clear();
        _applied.UnionWith(changes.Where(c => c.LoggedAt > startedAt - Overlap).Select(c => c.Key));
        _watermark = startedAt;
        Publish(version);
    }

    private void Publish(string version)
    {
        var index = _state!.BuildIndex(version);
        Volatile.Write(ref _current, index);
        _version = version;
        logger.LogInformation("Watchlists version {Version} in force: {Entries} entries", version, index.Count);
    }

    private async Task SnapshotIfDueAsync(CancellationToken cancellationToken)
    {
        if (!_dirty || _watermark - _snapshotWritten < SnapshotInterval)
        {
            return;
        }

        try
        {
            var written = await snapshots.TryWriteAsync(_state!.ToSnapshot(_version!, _watermark, _applied), SnapshotInterval, cancellationToken);
            _dirty = false;
            _snapshotWritten = _watermark;
            logger.LogInformation("Watchlist snapshot of {Watermark:O} {Outcome}", _watermark, written ? "written" : "left to a newer one");
            if (written)
            {
                // Whoever starts from this snapshot reads the log from its watermark less the overlap;
                // the log is kept a while longer for instances that looked a little earlier.
                var pruned = await store.PruneAsync(_watermark - Overlap - TimeSpan.FromHours(options.Value.ChangeLogKeepHours), cancellationToken);
                logger.LogInformation("Watchlist change log: {Rows} rows pruned", pruned);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A missing snapshot only slows the next start; screening goes on.
            logger.LogWarning(ex, "Watchlist snapshot not written");
        }
    }
}
