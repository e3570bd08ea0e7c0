namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// The local host's stand-in for a timer-triggered function: runs one piece of work on an interval,
/// logs a failed run and carries on (the next run retries, as the timer would).
/// </summary>
public abstract class PeriodicLoop(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>Time between runs.</summary>
    protected abstract TimeSpan Period { get; }

    /// <summary>Whether to run once at start, before the first interval.</summary>
    protected virtual bool RunAtStart => false;

    /// <summary>One run.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        if (RunAtStart)
        {
            await TryRunAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TryRunAsync(stoppingToken);
        }
    }

    private async Task TryRunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "{Loop} run failed; trying again in {Period}", GetType().Name, Period);
        }
    }
}
