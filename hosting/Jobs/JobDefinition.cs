using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Hosting.Jobs;

/// <summary>
/// One background job as <see cref="JobTable"/> declares it: the local host runs it on
/// <see cref="Local"/>, the Functions app on <see cref="Timer"/>; both through <see cref="RunAsync"/>.
/// </summary>
/// <param name="Name">
/// The job's name, which is also its timer function's name, so logs, alerts and the deploy guide keep
/// the names they had.
/// </param>
/// <param name="Timer">
/// The Functions timer; null for a job the Functions app runs from another trigger (file drops: one
/// blob trigger per drop container), which only the local host has to poll for.
/// </param>
/// <param name="Local">The local host's schedule.</param>
/// <param name="Run">One run: resolves the application service and calls it.</param>
public sealed record JobDefinition(
    string Name,
    TimerSchedule? Timer,
    LocalSchedule Local,
    Func<IServiceProvider, ILogger, CancellationToken, Task> Run)
{
    /// <summary>Log category of the job's own messages; under "BorderScreening" so host.json keeps them at Information.</summary>
    public string LogCategory => "BorderScreening.Jobs." + Name;

    /// <summary>
    /// One run with <paramref name="services"/> (the Functions invocation's scope, or a scope the
    /// local loop creates per run). Failures propagate: the timer records a failed invocation, the
    /// local loop logs it; either way the next run retries.
    /// </summary>
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
        return Run(services, logger, cancellationToken);
    }
}
