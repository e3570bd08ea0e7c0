using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>
/// A replay of stored history fanned out over workers (issue 17, point 3): the plan of
/// <see cref="HistoryReplay"/> is cut into slices, one queue message each; any number of workers (the
/// queue trigger in Azure, the local host's worker here) run slices and store each slice's counts; the
/// report is their sum once every slice is in. A slice run twice (a redelivered message) stores its
/// counts once. The job fixes the catalogue in service and the thresholds when it starts, so slices
/// that run later judge alike.
/// </summary>
public sealed class FanoutReplayService(
    HistoryReplay replay,
    CatalogueGovernance catalogues,
    IndicatorCatalogueHolder holder,
    IReplayJobStore jobs,
    IReplaySliceQueue queue,
    IOptions<ReplayFanoutOptions> options,
    TimeProvider time,
    ILogger<FanoutReplayService> logger)
{
    /// <summary>Starts a replay of <paramref name="version"/> over [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="jurisdictions"/> (all when empty).</summary>
    public async Task<CatalogueOutcome<ReplayJob>> StartAsync(string version, DateOnly from, DateOnly to, IReadOnlyList<Jurisdiction> jurisdictions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jurisdictions);
        if (to <= from || to.DayNumber - from.DayNumber > HistoryReplay.MaxPeriod.TotalDays)
        {
            return CatalogueOutcomes.Invalid<ReplayJob>([new CatalogueError(null, "to", $"must come after from, at most {HistoryReplay.MaxPeriod.TotalDays} days later")], "The replay query is invalid.");
        }

        await catalogues.SyncAsync(cancellationToken);
        if (await catalogues.CompiledAsync(version, cancellationToken) is not { } candidate)
        {
            return CatalogueOutcomes.NotFound<ReplayJob>($"No stored catalogue has version {version}.");
        }

        var request = Request(from, to, jurisdictions.Count == 0 ? JurisdictionCodes.All : jurisdictions.Distinct().ToList(), candidate);
        if (!await replay.AnyAsync(request, cancellationToken))
        {
            return CatalogueOutcomes.Invalid<ReplayJob>(
                [new CatalogueError(null, "from", $"the store holds no records of {from:yyyy-MM-dd} to {to:yyyy-MM-dd}; compare on generated records with ?records=N instead")],
                "Nothing to replay.");
        }

        var thresholds = await replay.HitThresholdsAsync(request.Jurisdictions, cancellationToken);
        var job = new ReplayJob
        {
            Id = "rj-" + Guid.NewGuid().ToString("N")[..20],
            CandidateVersion = candidate.Version,
            InServiceVersion = holder.Current.Version,
            HitThresholds = thresholds.ToDictionary(t => t.Key.ToCode(), t => t.Value),
            Jurisdictions = request.Jurisdictions,
            From = from,
            To = to,
            Parts = replay.Plan(request).Count,
            PartsPerSlice = options.Value.PartsPerSlice,
            StartedAt = time.GetUtcNow(),
        };
        await jobs.CreateAsync(job, cancellationToken);
        await queue.SendAsync([.. Enumerable.Range(0, job.Slices).Select(s => new ReplaySliceMessage(job.Id, s))], cancellationToken);
        logger.LogInformation("Replay {JobId} started: {Parts} parts in {Slices} slices", job.Id, job.Parts, job.Slices);
        return CatalogueOutcomes.Ok(job);
    }

    /// <summary>
    /// Runs one slice, on its <paramref name="attempt"/>-th delivery; false when it was run before or its
    /// job is gone (nothing to do). A failure on the last allowed attempt marks the slice failed before it
    /// propagates, so the job's status says so instead of waiting for ever.
    /// </summary>
    public async Task<bool> RunSliceAsync(ReplaySliceMessage message, long attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return await RunSliceOnceAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && attempt >= options.Value.MaxAttempts)
        {
            await jobs.MarkFailedAsync(message.JobId, message.Slice, ex.GetType().Name, cancellationToken);
            logger.LogError(ex, "Replay {JobId} slice {Slice} failed its last run ({Attempt})", message.JobId, message.Slice, attempt);
            throw;
        }
    }

    private async Task<bool> RunSliceOnceAsync(ReplaySliceMessage message, CancellationToken cancellationToken)
    {
        if (await jobs.GetAsync(message.JobId, cancellationToken) is not { } job || message.Slice < 0 || message.Slice >= job.Slices)
        {
            logger.LogWarning("Replay slice {Slice} of {JobId} has no job; dropped", message.Slice, message.JobId);
            return false;
        }

        if ((await jobs.SlicesDoneAsync(job.Id, cancellationToken)).Contains(message.Slice))
        {
            return false;
        }

        // A catalogue that no longer loads fails the slice: the message comes back, and its last
        // allowed run marks it failed on the job (RunSliceAsync).
        var candidate = await catalogues.CompiledAsync(job.CandidateVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Catalogue {job.CandidateVersion} of replay {job.Id} does not load.");
        var inService = await catalogues.CompiledAsync(job.InServiceVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Catalogue {job.InServiceVersion} of replay {job.Id} does not load.");
        var request = Request(job.From, job.To, job.Jurisdictions, candidate) with { Parallelism = options.Value.Parallelism };
        var parts = replay.Plan(request).Skip(message.Slice * job.PartsPerSlice).Take(job.PartsPerSlice).ToList();
        var report = await replay.RunPartsAsync(request, parts, inService, job.ThresholdsByJurisdiction(), null, cancellationToken);
        var stored = await jobs.TryAddSliceAsync(job.Id, message.Slice, ReplaySliceResult.Of(report, time.GetUtcNow()), cancellationToken);
        logger.LogInformation("Replay {JobId} slice {Slice}: {Records} records{Again}", job.Id, message.Slice, report.Backtest.Records, stored ? "" : " (run before; kept the first)");
        return stored;
    }

    /// <summary>
    /// Takes up to <paramref name="max"/> waiting slices and runs them side by side (the local host's
    /// worker); how many were taken. A slice that fails stays on the queue and comes back.
    /// </summary>
    public async Task<int> WorkAsync(int max, CancellationToken cancellationToken)
    {
        var taken = await queue.TakeAsync(max, TimeSpan.FromSeconds(options.Value.VisibilitySeconds), cancellationToken);
        await Parallel.ForEachAsync(taken, cancellationToken, async (slice, ct) =>
        {
            try
            {
                await RunSliceAsync(slice.Message, slice.Attempt, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (slice.Attempt < options.Value.MaxAttempts)
                {
                    // Left on the queue: it comes back after the visibility timeout, as a trigger's would.
                    logger.LogWarning(ex, "Replay {JobId} slice {Slice} failed run {Attempt}; it will be retried", slice.Message.JobId, slice.Message.Slice, slice.Attempt);
                    return;
                }
            }

            // Run, or failed for good (marked): either way it leaves the queue.
            await queue.CompleteAsync(slice, ct);
        });
        return taken.Count;
    }

    /// <summary>Where the job stands, with the combined report once every slice is in; null for an unknown job.</summary>
    public async Task<ReplayJobStatus?> StatusAsync(string jobId, CancellationToken cancellationToken)
    {
        if (await jobs.GetAsync(jobId, cancellationToken) is not { } job)
        {
            return null;
        }

        var done = (await jobs.SlicesDoneAsync(jobId, cancellationToken)).Count;
        if (done < job.Slices)
        {
            return new ReplayJobStatus(job, done, null, await jobs.SlicesFailedAsync(jobId, cancellationToken));
        }

        var slices = new List<ReplaySliceResult>();
        await foreach (var slice in jobs.SlicesAsync(jobId, cancellationToken))
        {
            slices.Add(slice);
        }

        var inService = await catalogues.CompiledAsync(job.InServiceVersion, cancellationToken);
        var candidate = await catalogues.CompiledAsync(job.CandidateVersion, cancellationToken);
        if (inService is null || candidate is null)
        {
            return new ReplayJobStatus(job, done, null, []);
        }

        var seconds = (slices.Max(s => s.FinishedAt) - job.StartedAt).TotalSeconds;
        return new ReplayJobStatus(job, done, ReplayCombination.Combine(job, slices, inService, candidate, Math.Max(seconds, 0)), []);
    }

    private static ReplayRequest Request(DateOnly from, DateOnly to, IReadOnlyList<Jurisdiction> jurisdictions, IndicatorCatalogue candidate) => new()
    {
        From = ReplayCombination.Start(from),
        To = ReplayCombination.Start(to),
        Jurisdictions = jurisdictions,
        Candidate = candidate,
    };
}
