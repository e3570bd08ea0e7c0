using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Application.Deadlines;

/// <summary>
/// Files a hit as a missed case in its own jurisdiction's worklist (where the supervision screen lists
/// it), then counts it (<c>review.missed</c>), audits it and alerts the jurisdiction's supervisors
/// (<see cref="AlertKinds.MissedReview"/>). Only a hit without a case is filed, so the intake, the
/// dead-letter drain and the deadline guard may all meet the same hit and it is filed, counted and
/// alerted once.
/// </summary>
public sealed class MissedCaseRecorder(
    IWorklistStore worklist,
    IMonitoringStore alerts,
    IAuditLog audit,
    ScreeningMetrics metrics,
    TimeProvider time,
    ILogger<MissedCaseRecorder> logger) : IMissedCaseRecorder
{
    /// <summary>The actor of the audit entry: no person acted.</summary>
    internal static readonly Actor GuardActor = new("system:deadline-guard", "System", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction>());

    /// <inheritdoc />
    public async Task<bool> RecordAsync(HitRouting hit, MissedReason reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var item = new WorklistItem(hit)
        {
            Status = CaseStatus.Missed,
            MissedReason = reason.Text,
            ReceivedAt = now,
        };
        if (!await worklist.TryAddAsync(item, cancellationToken))
        {
            return false;
        }

        metrics.Missed(hit.Jurisdiction, reason.Code);
        logger.LogWarning("Hit {CaseId} in {Jurisdiction} filed as missed: {Reason}", hit.CaseId, hit.Jurisdiction.ToCode(), reason.Code);
        try
        {
            var alert = new MonitoringAlert(
                hit.Jurisdiction.ToCode(), DateOnly.FromDateTime(now.UtcDateTime), AlertKinds.MissedReview, hit.CaseId,
                Math.Round((hit.Deadline - now).TotalHours, 2), 0,
                $"Case {hit.CaseId} was not reviewed by its deadline {hit.Deadline:yyyy-MM-dd HH:mm} UTC: {reason.Text}. It is listed as missed; a supervisor may reopen it.");
            await alerts.SaveAlertsAsync([alert], cancellationToken);
            await audit.WriteAsync(GuardActor, "case.missed", hit.Jurisdiction, hit.CaseId, reason.Text, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The missed case is the record supervisors see; a lost notification must not undo it or
            // make the caller file it again (it could not: the case exists).
            logger.LogError(ex, "Hit {CaseId} in {Jurisdiction} was filed as missed, but its alert or audit entry could not be written", hit.CaseId, hit.Jurisdiction.ToCode());
        }

        return true;
    }
}
