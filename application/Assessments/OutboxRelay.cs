using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Application.Assessments;

/// <summary>
/// Publishes outbox entries to the hit queues and marks them sent. Screening calls it right after a
/// hit is stored (fast path); a Timer function in Azure and a background loop in the local host call
/// <see cref="RelayPendingAsync"/> for whatever the fast path could not send. A send that succeeded
/// but could not be marked is sent again: the queue's duplicate detection (Service Bus) or the
/// intake's idempotency by case id (Storage Queues) absorbs the repeat.
/// </summary>
public sealed class OutboxRelay(IAssessmentStore store, IHitQueue queue, TimeProvider time, ILogger<OutboxRelay> logger)
{
    /// <summary>Publishes one entry now; false when the send failed (the entry stays for the relay).</summary>
    public async Task<bool> TryPublishAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        // Per hit, not per record: hits are rare.
        using var activity = ScreeningTelemetry.Source.StartActivity("hits.publish");
        activity?.SetTag("jurisdiction", entry.Message.Jurisdiction.ToCode());
        activity?.SetTag("band", entry.Message.Band.ToString());
        try
        {
            await queue.SendAsync(entry.Message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("outcome", "failed");
            var delay = Backoff(entry.Attempts);
            logger.LogWarning(ex, "Publishing hit {CaseId} failed (attempt {Attempt}); retrying in {Delay}", entry.Message.CaseId, entry.Attempts + 1, delay);
            await TryMarkFailedAsync(entry, time.GetUtcNow() + delay, cancellationToken);
            return false;
        }

        try
        {
            await store.MarkSentAsync(entry, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The hit is on the queue; a later relay run sends it again and the consumer drops the repeat.
            logger.LogWarning(ex, "Hit {CaseId} was sent but could not be marked sent", entry.Message.CaseId);
        }

        activity?.SetTag("outcome", "sent");
        return true;
    }

    /// <summary>Publishes every due entry of every jurisdiction; returns how many were sent.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        using var activity = ScreeningTelemetry.Source.StartActivity("hits.relay");
        var sent = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var pending = await store.PendingOutboxAsync(jurisdiction, time.GetUtcNow(), 100, cancellationToken);
            foreach (var entry in pending)
            {
                if (await TryPublishAsync(entry, cancellationToken))
                {
                    sent++;
                }
            }
        }

        activity?.SetTag("hits.sent", sent);
        if (activity is not null && sent == 0)
        {
            // The relay usually finds nothing (the fast path sent it): such runs are not exported.
            activity.ActivityTraceFlags &= ~System.Diagnostics.ActivityTraceFlags.Recorded;
        }

        return sent;
    }

    /// <summary>Exponential backoff from 2 s up to 5 min.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, 2 * Math.Pow(2, Math.Min(attempts, 10))));

    private async Task TryMarkFailedAsync(OutboxEntry entry, DateTimeOffset next, CancellationToken cancellationToken)
    {
        try
        {
            await store.MarkFailedAsync(entry, next, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not record the failed attempt for hit {CaseId}", entry.Message.CaseId);
        }
    }
}
