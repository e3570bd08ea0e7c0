using BorderScreening.Application.Cases;
using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.HitQueues;

/// <summary>
/// Empties each hit queue's dead-letter queue (Service Bus) or poison queue (Storage Queues) into
/// missed cases, so a hit the broker set aside — expired, delivered too often — or the intake set
/// aside is never left where nobody reads it. A readable hit of the queue's own jurisdiction becomes a
/// missed case (nothing changes when it has a case already: the intake files what it dead-letters
/// before it does so); anything else is recorded as an unreadable message by the hash of its body.
/// Each message is removed only after it is filed, so a crash in between only files it again.
/// </summary>
public sealed class DeadLetterDrain(
    IHitQueue queue,
    IWorklistStore worklist,
    IMissedCaseRecorder missed,
    IOptions<HitQueueOptions> options,
    TimeProvider time,
    ILogger<DeadLetterDrain> logger)
{
    /// <summary>Counts of one drain run.</summary>
    /// <param name="Missed">Hits filed as missed cases now.</param>
    /// <param name="AlreadyFiled">Hits that had a case already (the intake's own dead-lettering, repeats).</param>
    /// <param name="Unreadable">Messages recorded as unreadable (or of another jurisdiction).</param>
    public sealed record DrainResult(int Missed, int AlreadyFiled, int Unreadable)
    {
        /// <summary>Messages taken in all.</summary>
        public int Total => Missed + AlreadyFiled + Unreadable;
    }

    /// <summary>Files up to <paramref name="maxMessages"/> dead-lettered hits of one jurisdiction.</summary>
    public async Task<DrainResult> DrainAsync(Jurisdiction jurisdiction, int maxMessages, CancellationToken cancellationToken)
    {
        using var activity = ScreeningTelemetry.Source.StartActivity("hits.dead-letters");
        activity?.SetTag("jurisdiction", jurisdiction.ToCode());
        int filed = 0, already = 0, unreadable = 0;
        while (filed + already + unreadable < maxMessages)
        {
            var batch = await queue.ReceiveDeadLetteredAsync(
                jurisdiction, Math.Min(32, maxMessages - (filed + already + unreadable)), TimeSpan.FromSeconds(options.Value.LockSeconds), cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var dead in batch)
            {
                if (dead.Hit.Message is { CaseId.Length: > 0 } hit && hit.Jurisdiction == jurisdiction)
                {
                    if (await missed.RecordAsync(hit, MissedReason.FromDeadLetter(dead.Reason), cancellationToken))
                    {
                        filed++;
                    }
                    else
                    {
                        already++;
                    }
                }
                else
                {
                    // Never file a case from another jurisdiction's message, nor one without a case id.
                    await worklist.RecordPoisonAsync(jurisdiction, PoisonMessages.Hash(dead.Hit.RawBody), dead.Reason ?? "dead-lettered", time.GetUtcNow(), cancellationToken);
                    logger.LogWarning("Unreadable dead-lettered hit message in {Jurisdiction} recorded", jurisdiction.ToCode());
                    unreadable++;
                }

                await queue.CompleteDeadLetteredAsync(jurisdiction, dead, cancellationToken);
            }
        }

        var result = new DrainResult(filed, already, unreadable);
        if (activity is not null && result.Total == 0)
        {
            // Empty runs are the norm: not worth a span in the export.
            activity.ActivityTraceFlags &= ~System.Diagnostics.ActivityTraceFlags.Recorded;
        }
        else
        {
            activity?.SetTag("hits.missed", filed);
            activity?.SetTag("hits.already_filed", already);
            activity?.SetTag("hits.unreadable", unreadable);
        }

        return result;
    }

    /// <summary>Drains every jurisdiction, at most <see cref="HitQueueOptions.DeadLetterBatch"/> messages each.</summary>
    public async Task<DrainResult> DrainAllAsync(CancellationToken cancellationToken)
    {
        var total = new DrainResult(0, 0, 0);
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var r = await DrainAsync(jurisdiction, options.Value.DeadLetterBatch, cancellationToken);
            total = new DrainResult(total.Missed + r.Missed, total.AlreadyFiled + r.AlreadyFiled, total.Unreadable + r.Unreadable);
        }

        return total;
    }
}
