using BorderScreening.Hosting.Jobs;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Jobs;

/// <summary>
/// One timer function per <see cref="JobTable"/> job that has a timer; name and schedule come from the
/// table and the body is one call into it (a test checks the two correspond). Hit and signal queues
/// are drained here because the isolated worker has no Service Bus trigger: the intake job uses
/// ServiceBusReceiver and settles every message explicitly. File drops have blob triggers instead
/// (<c>FileDropFunctions</c>).
/// </summary>
public sealed class JobFunctions(IServiceProvider services)
{
    /// <summary>Follows the catalogue pointer and the model registry (also at start; other instances follow from their batches).</summary>
    [Function(JobTable.FollowServedVersions)]
    public Task FollowServedVersions([TimerTrigger(JobTable.FollowServedVersionsSchedule, RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.FollowServedVersions, services, cancellationToken);

    /// <summary>Publishes hits the screening fast path could not send.</summary>
    [Function(JobTable.RelayOutbox)]
    public Task RelayOutbox([TimerTrigger(JobTable.RelayOutboxSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.RelayOutbox, services, cancellationToken);

    /// <summary>Publishes signals the decision's fast path could not send.</summary>
    [Function(JobTable.RelaySignals)]
    public Task RelaySignals([TimerTrigger(JobTable.RelaySignalsSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.RelaySignals, services, cancellationToken);

    /// <summary>Drains each jurisdiction's hit queue into its worklist.</summary>
    [Function(JobTable.DrainHitQueues)]
    public Task DrainHitQueues([TimerTrigger(JobTable.DrainHitQueuesSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.DrainHitQueues, services, cancellationToken);

    /// <summary>Escalates hits near their deadline and files hits that never reached a worklist as missed.</summary>
    [Function(JobTable.GuardDeadlines)]
    public Task GuardDeadlines([TimerTrigger(JobTable.GuardDeadlinesSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.GuardDeadlines, services, cancellationToken);

    /// <summary>Files the hits in each hit queue's dead-letter queue as missed cases (ServiceBusReceiver on the dead-letter sub-queue).</summary>
    [Function(JobTable.DrainDeadLetters)]
    public Task DrainDeadLetters([TimerTrigger(JobTable.DrainDeadLettersSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.DrainDeadLetters, services, cancellationToken);

    /// <summary>Recalculates the capacity-following hit thresholds.</summary>
    [Function(JobTable.RecalculateThresholds)]
    public Task RecalculateThresholds([TimerTrigger(JobTable.RecalculateThresholdsSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.RecalculateThresholds, services, cancellationToken);

    /// <summary>Deletes and depersonalises data past its retention period.</summary>
    [Function(JobTable.ApplyRetention)]
    public Task ApplyRetention([TimerTrigger(JobTable.ApplyRetentionSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.ApplyRetention, services, cancellationToken);

    /// <summary>Computes and stores yesterday's monitoring reports and alerts.</summary>
    [Function(JobTable.RunMonitoring)]
    public Task RunMonitoring([TimerTrigger(JobTable.RunMonitoringSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        JobTable.RunAsync(JobTable.RunMonitoring, services, cancellationToken);
}
