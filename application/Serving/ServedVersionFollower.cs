using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Serving;

/// <summary>
/// Keeps this instance on the centrally stored catalogue and model versions. A timer function runs on
/// one instance of a scaled-out Functions app at a time, so timers alone would leave the other
/// instances on the old versions until they restart; the screening path therefore asks this follower
/// on every batch, and at most one batch per interval and instance pays for the check (two small reads
/// when nothing changed). A failed check never fails the batch: the versions in service stay, and the
/// next interval tries again.
/// </summary>
public sealed partial class ServedVersionFollower(
    IEnumerable<IServedVersionSource> sources,
    IOptions<ServingOptions> options,
    TimeProvider time,
    ILogger<ServedVersionFollower> logger)
{
    private readonly IServedVersionSource[] _sources = [.. sources];
    private long _nextCheckTicks;
    private int _checking;

    /// <summary>Checks the stored versions when the interval has passed and no other caller is checking.</summary>
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        if (_sources.Length == 0 || now < Interlocked.Read(ref _nextCheckTicks) || Interlocked.CompareExchange(ref _checking, 1, 0) != 0)
        {
            return;
        }

        try
        {
            Interlocked.Exchange(ref _nextCheckTicks, now + options.Value.FollowInterval.Ticks);
            await SyncAllAsync(cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    /// <summary>Checks every source now (the timer and the local loop); a failing source does not stop the others.</summary>
    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        foreach (var source in _sources)
        {
            try
            {
                await source.SyncAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogFailed(logger, source.Name, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following the stored {Source} version failed ({ExceptionType}); the version in service stays")]
    private static partial void LogFailed(ILogger logger, string source, string exceptionType);
}
