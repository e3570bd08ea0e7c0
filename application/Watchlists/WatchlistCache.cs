using BorderScreening.Domain.Watchlists;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// The lists in force on this instance. Screening calls <see cref="RefreshAsync"/> per batch: at most
/// every <see cref="WatchlistOptions.RefreshSeconds"/> it reads the stored version (one point read)
/// and, when another instance changed a list, reloads everything and swaps the index in whole — so a
/// change is in force on every instance within seconds, without a restart. Expiry needs no reload:
/// entries carry their validity and the index checks it per record.
/// </summary>
public sealed class WatchlistCache(IWatchlistStore store, IOptions<WatchlistOptions> options, TimeProvider time, ILogger<WatchlistCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WatchlistIndex _current = WatchlistIndex.Empty;
    private string? _version;
    private long _checkedAt;
    private bool _loaded;

    /// <summary>The index in force (read once per record).</summary>
    public WatchlistIndex Current => Volatile.Read(ref _current);

    /// <summary>Reloads when the stored version moved and the last check is older than the refresh interval.</summary>
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

            var version = await store.GetVersionAsync(cancellationToken);
            if (!_loaded || !string.Equals(version, _version, StringComparison.Ordinal))
            {
                await ReloadAsync(cancellationToken);
            }

            Interlocked.Exchange(ref _checkedAt, now.UtcTicks);
        }
        catch (Exception ex) when (_loaded && ex is not OperationCanceledException)
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

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var (version, lists, entries) = await store.LoadAsync(cancellationToken);
        var index = WatchlistIndex.Build(version, lists.Select(l => l.Rules()), entries.Select(e => e.Listed));
        Volatile.Write(ref _current, index);
        _version = version;
        _loaded = true;
        logger.LogInformation("Watchlists version {Version} in force: {Lists} lists, {Entries} entries", version, lists.Count, index.Count);
    }
}
