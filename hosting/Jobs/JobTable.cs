using BorderScreening.Application.Assessments;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Application.Deadlines;
using BorderScreening.Application.Drops;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Serving;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Thresholds;
using BorderScreening.Model.Serving.Gating;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Hosting.Jobs;

/// <summary>
/// Every background job of the service, declared once: its name, its schedules and the application
/// service it calls. The local host runs each entry in a JobLoop; the Functions app has one timer
/// function per entry with a <see cref="JobDefinition.Timer"/>, whose body is <see cref="RunAsync"/>
/// (a test checks names and schedules against this table). To add a job: two constants and one
/// entry here, and the one-line timer function.
/// </summary>
public static partial class JobTable
{
    // Names and NCRONTAB expressions are constants because the timer functions' attributes need them.

    /// <summary>Follows the stored catalogue pointer and the model registry.</summary>
    public const string FollowServedVersions = nameof(FollowServedVersions);

    /// <summary>Every minute.</summary>
    public const string FollowServedVersionsSchedule = "0 * * * * *";

    /// <summary>Publishes hits the screening fast path could not send.</summary>
    public const string RelayOutbox = nameof(RelayOutbox);

    /// <summary>Every minute.</summary>
    public const string RelayOutboxSchedule = "0 */1 * * * *";

    /// <summary>Publishes signals the decision's fast path could not send.</summary>
    public const string RelaySignals = nameof(RelaySignals);

    /// <summary>Every minute, half a minute after the outbox relay.</summary>
    public const string RelaySignalsSchedule = "30 */1 * * * *";

    /// <summary>Drains each jurisdiction's hit queue into its worklist.</summary>
    public const string DrainHitQueues = nameof(DrainHitQueues);

    /// <summary>Every 30 seconds.</summary>
    public const string DrainHitQueuesSchedule = "*/30 * * * * *";

    /// <summary>Escalates hits near their deadline and files hits that never reached a worklist as missed.</summary>
    public const string GuardDeadlines = nameof(GuardDeadlines);

    /// <summary>Every minute, at :15 (between the intake's runs).</summary>
    public const string GuardDeadlinesSchedule = "15 * * * * *";

    /// <summary>Files the hits in each hit queue's dead-letter (or poison) queue as missed cases.</summary>
    public const string DrainDeadLetters = nameof(DrainDeadLetters);

    /// <summary>Every 5 minutes, at :45.</summary>
    public const string DrainDeadLettersSchedule = "45 */5 * * * *";

    /// <summary>Recalculates the capacity-following hit thresholds.</summary>
    public const string RecalculateThresholds = nameof(RecalculateThresholds);

    /// <summary>Every hour, on the hour.</summary>
    public const string RecalculateThresholdsSchedule = "0 0 * * * *";

    /// <summary>Screens files waiting in the drop containers (local host only: in Azure blob triggers fire per file).</summary>
    public const string PollFileDrops = nameof(PollFileDrops);

    /// <summary>Runs waiting slices of fanned-out replays (local host only: in Azure the queue trigger runs them).</summary>
    public const string RunReplaySlices = nameof(RunReplaySlices);

    /// <summary>Deletes and depersonalises data past its retention period.</summary>
    public const string ApplyRetention = nameof(ApplyRetention);

    /// <summary>Daily at 02:30 UTC.</summary>
    public const string ApplyRetentionSchedule = "0 30 2 * * *";

    /// <summary>Computes and stores yesterday's monitoring reports and alerts.</summary>
    public const string RunMonitoring = nameof(RunMonitoring);

    /// <summary>Daily at 03:15 UTC, after the retention run.</summary>
    public const string RunMonitoringSchedule = "0 15 3 * * *";

    /// <summary>Hit queue messages one intake run takes per jurisdiction, so one run stays short.</summary>
    private const int IntakeBatch = 500;

    /// <summary>The jobs, in the order the local host starts their loops.</summary>
    public static IReadOnlyList<JobDefinition> Jobs { get; } =
    [
        // At start in both hosts: a new instance must serve the promoted catalogue and model at once.
        new(FollowServedVersions, new(FollowServedVersionsSchedule, RunOnStartup: true), new(TimeSpan.FromSeconds(30), RunAtStart: true),
            (services, _, ct) => services.GetRequiredService<ServedVersionFollower>().SyncAllAsync(ct)),
        new(RelayOutbox, new(RelayOutboxSchedule), new(TimeSpan.FromSeconds(5)), RelayOutboxAsync),
        new(RelaySignals, new(RelaySignalsSchedule), new(TimeSpan.FromSeconds(5)), RelaySignalsAsync),
        new(DrainHitQueues, new(DrainHitQueuesSchedule), new(TimeSpan.FromSeconds(2)), DrainHitQueuesAsync),
        new(GuardDeadlines, new(GuardDeadlinesSchedule), new(TimeSpan.FromSeconds(15)), GuardDeadlinesAsync),
        new(DrainDeadLetters, new(DrainDeadLettersSchedule), new(TimeSpan.FromSeconds(30)), DrainDeadLettersAsync),
        // At start locally so a fresh demo has thresholds; in Azure the hourly run suffices.
        new(RecalculateThresholds, new(RecalculateThresholdsSchedule), new(TimeSpan.FromMinutes(15), RunAtStart: true),
            (services, _, ct) => services.GetRequiredService<ThresholdStore>().RecalculateAsync(ct)),
        new(PollFileDrops, Timer: null, new(TimeSpan.FromSeconds(3)),
            (services, _, ct) => services.GetRequiredService<FileDropService>().ProcessPendingAsync(ct)),
        new(RunReplaySlices, Timer: null, new(TimeSpan.FromSeconds(1)),
            (services, _, ct) => RunReplaySlicesAsync(services, ct)),
        // Daily in Azure at a fixed hour; every six hours locally, where a host seldom runs across that hour (a re-run finds only what fell due since).
        new(ApplyRetention, new(ApplyRetentionSchedule), new(TimeSpan.FromHours(6)),
            (services, _, ct) => ApplyRetentionAsync(services, ct)),
        new(RunMonitoring, new(RunMonitoringSchedule), new(TimeSpan.FromHours(6)),
            (services, _, ct) => services.GetRequiredService<MonitoringService>().RunPreviousDayAsync(ct)),
    ];

    /// <summary>The job named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No job has that name.</exception>
    public static JobDefinition Get(string name) =>
        Jobs.FirstOrDefault(job => job.Name == name) ?? throw new KeyNotFoundException($"No job named '{name}' in the job table.");

    /// <summary>One run of the job named <paramref name="name"/>: the whole body of its timer function.</summary>
    public static Task RunAsync(string name, IServiceProvider services, CancellationToken cancellationToken) =>
        Get(name).RunAsync(services, cancellationToken);

    // Runs that moved something say so; empty runs stay quiet (the Functions host already records every invocation).
    // Frozen evaluation sets copy stored labels, so the same run keeps them within their retention too.
    private static async Task ApplyRetentionAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<RetentionService>().RunAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<EvaluationSetRetention>().RunAsync(cancellationToken).ConfigureAwait(false);
    }

    // Until the queue is empty, so a replay started locally runs through without waiting a tick per slice.
    private static async Task RunReplaySlicesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var replays = services.GetRequiredService<FanoutReplayService>();
        var workers = services.GetRequiredService<IOptions<ReplayFanoutOptions>>().Value.LocalWorkers;
        while (await replays.WorkAsync(workers, cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }

    private static async Task RelayOutboxAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<OutboxRelay>().RelayPendingAsync(cancellationToken).ConfigureAwait(false);
        if (sent > 0)
        {
            LogHitsRelayed(logger, sent);
        }
    }

    private static async Task RelaySignalsAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<SignalRelay>().RelayPendingAsync(cancellationToken).ConfigureAwait(false);
        if (sent > 0)
        {
            LogSignalsRelayed(logger, sent);
        }
    }

    private static async Task DrainHitQueuesAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<HitIntakeService>().DrainAllAsync(IntakeBatch, cancellationToken).ConfigureAwait(false);
        if (result.Added + result.Duplicates + result.Expired + result.Poison > 0)
        {
            LogIntake(logger, result.Added, result.Duplicates, result.Expired, result.Poison);
        }
    }

    private static async Task GuardDeadlinesAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<DeadlineGuard>().RunAsync(cancellationToken).ConfigureAwait(false);
        if (result.Escalated + result.Missed > 0)
        {
            LogDeadlines(logger, result.Escalated, result.Missed, result.Checked);
        }
    }

    private static async Task DrainDeadLettersAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<DeadLetterDrain>().DrainAllAsync(cancellationToken).ConfigureAwait(false);
        if (result.Total > 0)
        {
            LogDeadLetters(logger, result.Missed, result.AlreadyFiled, result.Unreadable);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Relayed {Count} pending hits")]
    private static partial void LogHitsRelayed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Relayed {Count} pending signals")]
    private static partial void LogSignalsRelayed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hit intake: {Added} added, {Duplicates} duplicates, {Expired} expired, {Poison} poison")]
    private static partial void LogIntake(ILogger logger, int added, int duplicates, int expired, int poison);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deadline guard: {Escalated} cases escalated, {Missed} hits filed as missed ({Checked} deadline checks settled)")]
    private static partial void LogDeadlines(ILogger logger, int escalated, int missed, int @checked);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-lettered hits: {Missed} filed as missed, {AlreadyFiled} filed before, {Unreadable} unreadable")]
    private static partial void LogDeadLetters(ILogger logger, int missed, int alreadyFiled, int unreadable);
}
