using System.Collections.Concurrent;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.HitQueues;

/// <summary>
/// Moves a jurisdiction's hits from its queue into its worklist, idempotently by case id: a hit
/// delivered twice becomes one case. A hit received after its deadline, or delivered too often,
/// becomes a missed case (<see cref="IMissedCaseRecorder"/>: counted, supervisors alerted); an
/// unreadable message is recorded by the hash of its body. Each message is settled explicitly after
/// the worklist write, so a crash in between only redelivers it.
/// </summary>
public sealed class HitIntakeService(
    IHitQueue queue,
    IWorklistStore worklist,
    IMissedCaseRecorder missed,
    IOptions<HitQueueOptions> options,
    TimeProvider time,
    ScreeningMetrics metrics,
    IAuditLog audit,
    ILogger<HitIntakeService> logger)
{
    // Written as the actor when a correction reopens a decided case: no person acted.
    private static readonly Actor IntakeActor = new("system:hit-intake", "System", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction>());

    // When a worklist read last drained each jurisdiction (TimeProvider timestamps).
    private readonly ConcurrentDictionary<Jurisdiction, long> _lastDrainOnRead = new();

    /// <summary>Counts of one drain run.</summary>
    public sealed record DrainResult(int Added, int Duplicates, int Expired, int Poison);

    /// <summary>Drains up to <paramref name="maxMessages"/> hits of one jurisdiction.</summary>
    public async Task<DrainResult> DrainAsync(Jurisdiction jurisdiction, int maxMessages, CancellationToken cancellationToken)
    {
        using var activity = ScreeningTelemetry.Source.StartActivity("hits.intake");
        activity?.SetTag("jurisdiction", jurisdiction.ToCode());
        int added = 0, duplicates = 0, expired = 0, poison = 0;
        while (added + duplicates + expired + poison < maxMessages)
        {
            var hits = await queue.ReceiveAsync(jurisdiction, Math.Min(32, maxMessages), TimeSpan.FromSeconds(options.Value.LockSeconds), cancellationToken);
            if (hits.Count == 0)
            {
                break;
            }

            foreach (var hit in hits)
            {
                var now = time.GetUtcNow();
                switch (IntakeRules.Decide(hit, now, options.Value.MaxDeliveryCount))
                {
                    case IntakeDecision.Accept when hit.Message!.Jurisdiction != jurisdiction:
                        // Never file a hit in another jurisdiction's worklist, whatever the queue held.
                        await RecordPoisonAsync(jurisdiction, hit, "hit for another jurisdiction", now, cancellationToken);
                        poison++;
                        break;
                    case IntakeDecision.Accept:
                        if (await worklist.TryAddAsync(ToOpenItem(hit.Message!, now), cancellationToken))
                        {
                            added++;
                        }
                        else if (hit.Message!.Version > 1 && await TryApplyCorrectionAsync(hit.Message, cancellationToken))
                        {
                            added++;
                        }
                        else
                        {
                            duplicates++;
                        }

                        await queue.CompleteAsync(jurisdiction, hit, cancellationToken);
                        break;
                    case IntakeDecision.Expired when hit.Message!.Jurisdiction != jurisdiction:
                        await RecordPoisonAsync(jurisdiction, hit, "hit for another jurisdiction", now, cancellationToken);
                        poison++;
                        break;
                    case IntakeDecision.Expired:
                        // Filed before it is dead-lettered, so the dead-letter drain finds it filed.
                        await missed.RecordAsync(hit.Message!, MissedReason.ExpiredBeforeIntake, cancellationToken);
                        await queue.DeadLetterAsync(jurisdiction, hit, "deadline passed", cancellationToken);
                        expired++;
                        break;
                    default:
                        if (hit.Message is { CaseId.Length: > 0 } tooOften && tooOften.Jurisdiction == jurisdiction)
                        {
                            // Readable, so it is a hit somebody should have reviewed: a missed case, not just a poison record.
                            await missed.RecordAsync(tooOften, MissedReason.DeliveredTooOften, cancellationToken);
                            await queue.DeadLetterAsync(jurisdiction, hit, "delivered too often", cancellationToken);
                        }
                        else
                        {
                            await RecordPoisonAsync(jurisdiction, hit, hit.Message is { CaseId.Length: > 0 } ? "hit for another jurisdiction" : "unreadable message", now, cancellationToken);
                        }

                        poison++;
                        break;
                }
            }
        }

        await ObserveDepthAsync(jurisdiction, cancellationToken);
        if (activity is not null && added + duplicates + expired + poison == 0)
        {
            // An empty drain runs every few seconds per jurisdiction: not worth a span in the export.
            activity.ActivityTraceFlags &= ~System.Diagnostics.ActivityTraceFlags.Recorded;
        }
        else if (activity is not null)
        {
            activity.SetTag("hits.added", added);
            activity.SetTag("hits.duplicates", duplicates);
            activity.SetTag("hits.expired", expired);
            activity.SetTag("hits.poison", poison);
        }

        return new DrainResult(added, duplicates, expired, poison);
    }

    /// <summary>
    /// The drain a worklist read does first: bounded (<see cref="HitQueueOptions.DrainOnReadMax"/>) and at
    /// most once per <see cref="HitQueueOptions.DrainOnReadInterval"/> per jurisdiction, so paging
    /// through a worklist does not pay for a queue round trip on every page. Null when skipped.
    /// </summary>
    public async Task<DrainResult?> DrainOnReadAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (options.Value.DrainOnReadMax <= 0
            || (_lastDrainOnRead.TryGetValue(jurisdiction, out var last) && time.GetElapsedTime(last, now) < options.Value.DrainOnReadInterval))
        {
            return null;
        }

        _lastDrainOnRead[jurisdiction] = now;
        return await DrainAsync(jurisdiction, options.Value.DrainOnReadMax, cancellationToken);
    }

    /// <summary>Drains every jurisdiction.</summary>
    public async Task<DrainResult> DrainAllAsync(int maxPerJurisdiction, CancellationToken cancellationToken)
    {
        var total = new DrainResult(0, 0, 0, 0);
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var r = await DrainAsync(jurisdiction, maxPerJurisdiction, cancellationToken);
            total = new DrainResult(total.Added + r.Added, total.Duplicates + r.Duplicates, total.Expired + r.Expired, total.Poison + r.Poison);
        }

        return total;
    }

    /// <summary>
    /// The queue-depth gauge is fed here, once per drain, because gauges are read synchronously and
    /// the count is a network call; a failed count must never fail the drain.
    /// </summary>
    private async Task ObserveDepthAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        try
        {
            metrics.QueueDepth(jurisdiction, await queue.CountAsync(jurisdiction, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "Could not count the hit queue of {Jurisdiction}", jurisdiction.ToCode());
        }
    }

    /// <summary>
    /// A corrected record's routing for a case that exists: the case takes the new version's facts
    /// (one case per record, never a second). Open and claimed cases keep their state; a decided or
    /// missed case is opened again, since the decision was made on facts that have changed. Older
    /// versions arriving late change nothing. True when the case changed.
    /// </summary>
    private async Task<bool> TryApplyCorrectionAsync(HitRouting message, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await worklist.GetAsync(message.Jurisdiction, message.CaseId, cancellationToken) is not { } item || item.Version >= message.Version)
            {
                return false;
            }

            var reopen = item.Status is CaseStatus.Decided or CaseStatus.Missed;
            // A deadline escalation stands while the deadline does (to the second: storage may round
            // the stored time); a moved deadline is judged afresh by the deadline guard.
            var escalated = Math.Abs((message.Deadline - item.Deadline).TotalSeconds) < 1 ? item.DeadlineEscalatedAt : null;
            var corrected = item with
            {
                AssessmentId = message.AssessmentId,
                Version = message.Version,
                Priority = escalated is null ? message.Priority : 1,
                DeadlineEscalatedAt = escalated,
                Deadline = message.Deadline,
                Score = message.Score,
                Band = message.Band,
                Typologies = message.Typologies,
                ForcedReview = message.ForcedReview,
                RandomCheck = message.RandomCheck,
                InclusionProbability = message.InclusionProbability,
                Status = reopen ? CaseStatus.Open : item.Status,
                Outcome = reopen ? null : item.Outcome,
                MissedReason = reopen ? null : item.MissedReason,
            };
            if (await worklist.TryReplaceAsync(corrected, cancellationToken))
            {
                var detail = $"version {message.Version} ({message.AssessmentId}) replaces {item.AssessmentId}{(reopen ? $"; reopened from {item.Status.ToString().ToLowerInvariant()}" : "")}";
                await audit.WriteAsync(IntakeActor, "case.corrected", message.Jurisdiction, message.CaseId, detail, cancellationToken);
                return true;
            }
        }

        return false;
    }

    private async Task RecordPoisonAsync(Jurisdiction jurisdiction, ReceivedHit hit, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await worklist.RecordPoisonAsync(jurisdiction, PoisonMessages.Hash(hit.RawBody), reason, now, cancellationToken);
        await queue.DeadLetterAsync(jurisdiction, hit, reason, cancellationToken);
        logger.LogWarning("Hit message in {Jurisdiction} set aside: {Reason}", jurisdiction.ToCode(), reason);
    }

    private static WorklistItem ToOpenItem(HitRouting message, DateTimeOffset now) => new()
    {
        CaseId = message.CaseId,
        AssessmentId = message.AssessmentId,
        Jurisdiction = message.Jurisdiction,
        Priority = message.Priority,
        Deadline = message.Deadline,
        Score = message.Score,
        Band = message.Band,
        Typologies = message.Typologies,
        ForcedReview = message.ForcedReview,
        RandomCheck = message.RandomCheck,
        InclusionProbability = message.InclusionProbability,
        Version = message.Version,
        Status = CaseStatus.Open,
        ReceivedAt = now,
    };
}
