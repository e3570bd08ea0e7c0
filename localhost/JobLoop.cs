using BorderScreening.Hosting.Jobs;
using Microsoft.Extensions.Options;

namespace BorderScreening.LocalHost;

/// <summary>
/// The local host's stand-in for a timer function, one per <see cref="JobTable"/> entry: runs the job
/// on its interval, logs a failed run and carries on (the next run retries, as the timer would).
/// </summary>
internal sealed partial class JobLoop(
    JobDefinition job,
    IOptionsMonitor<JobLoopOptions> options,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<JobLoop> logger) : BackgroundService
{
    /// <summary>The job this loop runs.</summary>
    public JobDefinition Job => job;

    /// <summary>Time between runs: the configured override, else the table's local interval.</summary>
    public TimeSpan Interval => options.Get(job.Name).Interval ?? job.Local.Interval;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Get(job.Name).Enabled)
        {
            LogDisabled(logger, job.Name);
            return;
        }

        var interval = Interval;
        var started = time.GetUtcNow();
        using var timer = new PeriodicTimer(interval, time);
        if (job.Local.RunAtStart)
        {
            await TryRunAsync(interval, started, stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TryRunAsync(interval, started, stoppingToken);
        }
    }

    private async Task TryRunAsync(TimeSpan interval, DateTimeOffset started, CancellationToken stoppingToken)
    {
        if (InOutage(started))
        {
            LogOutage(logger, job.Name);
            return;
        }

        try
        {
            // A scope per run, as the Functions worker gives each invocation.
            await using var scope = scopes.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Any failure but our own shutdown, a timed-out call's cancellation included, must not end the
            // loop (an unhandled exception in a BackgroundService stops the whole host). The job's name and
            // the exception are logged, never the records it was working on.
            LogRunFailed(logger, ex, job.Name, interval);
        }
    }

    private bool InOutage(DateTimeOffset started)
    {
        var o = options.Get(job.Name);
        if (o.OutageAfter is not { } after || o.OutageFor is not { } length)
        {
            return false;
        }

        var elapsed = time.GetUtcNow() - started;
        return elapsed >= after && elapsed < after + length;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} skipped: staged outage")]
    private static partial void LogOutage(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} failed; trying again in {Interval}")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string job, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} is disabled by configuration")]
    private static partial void LogDisabled(ILogger logger, string job);
}
