using System.Globalization;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Deadlines;

/// <summary>
/// Keeps every hit's review deadline: no hit may pass it unnoticed, whatever happened to its queue
/// message. Two passes per jurisdiction, each a bounded read:
/// <list type="number">
/// <item><b>Escalate</b> — waiting cases (open, escalated, or claimed under a lapsed lease) due within
/// <see cref="DeadlineGuardOptions.EscalateBefore"/> (or overdue by at most
/// <see cref="DeadlineGuardOptions.OverdueLookback"/>) are raised to priority 1, once, and the
/// jurisdiction's supervisors alerted. Read from the worklist's deadline index: only that window.</item>
/// <item><b>File the missed</b> — each hit's deadline check (stored with the hit) is settled
/// <see cref="DeadlineGuardOptions.MissedAfter"/> after its deadline: a hit without a worklist case by
/// then never reached review (its Storage Queue message expired without a trace, or it was never
/// published) and becomes a missed case. Settled checks are deleted, so a run reads only what fell
/// due since the last one.</item>
/// </list>
/// Safe to run again and side by side: escalation is conditional on the case's version, filing on the
/// case not existing.
/// </summary>
public sealed class DeadlineGuard(
    IAssessmentStore assessments,
    IWorklistStore worklist,
    IMissedCaseRecorder missed,
    IMonitoringStore alerts,
    IAuditLog audit,
    ScreeningMetrics metrics,
    IOptions<DeadlineGuardOptions> options,
    TimeProvider time,
    ILogger<DeadlineGuard> logger)
{
    /// <summary>Counts of one run.</summary>
    /// <param name="Escalated">Cases raised to priority 1 with their supervisors alerted.</param>
    /// <param name="Missed">Hits filed as missed cases.</param>
    /// <param name="Checked">Deadline checks settled (including those of hits that were in a worklist).</param>
    public sealed record GuardResult(int Escalated, int Missed, int Checked);

    /// <summary>Both passes for every jurisdiction.</summary>
    public async Task<GuardResult> RunAsync(CancellationToken cancellationToken)
    {
        var total = new GuardResult(0, 0, 0);
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var r = await RunAsync(jurisdiction, cancellationToken);
            total = new GuardResult(total.Escalated + r.Escalated, total.Missed + r.Missed, total.Checked + r.Checked);
        }

        return total;
    }

    /// <summary>Both passes for one jurisdiction.</summary>
    public async Task<GuardResult> RunAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        using var activity = ScreeningTelemetry.Source.StartActivity("hits.deadlines");
        activity?.SetTag("jurisdiction", jurisdiction.ToCode());
        var escalated = await EscalateAsync(jurisdiction, cancellationToken);
        var (filed, settled) = await FileMissedAsync(jurisdiction, cancellationToken);
        if (activity is not null && escalated + settled == 0)
        {
            // Most runs find nothing: not worth a span in the export.
            activity.ActivityTraceFlags &= ~System.Diagnostics.ActivityTraceFlags.Recorded;
        }
        else
        {
            activity?.SetTag("cases.escalated", escalated);
            activity?.SetTag("hits.missed", filed);
            activity?.SetTag("checks.settled", settled);
        }

        return new GuardResult(escalated, filed, settled);
    }

    /// <summary>Whether a case is waiting for a reviewer and has not been escalated for its deadline yet.</summary>
    public static bool NeedsEscalation(WorklistItem item, DateTimeOffset now) =>
        item.DeadlineEscalatedAt is null
        && (item.Status is CaseStatus.Open or CaseStatus.Escalated || item.LeaseLapsed(now));

    private async Task<int> EscalateAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        // The deadline index in [now − lookback, now + warning]: a window, never the whole worklist.
        var after = WorklistIndex.DeadlineBound(now - o.OverdueLookback - TimeSpan.FromTicks(1));
        var before = WorklistIndex.DeadlineBound(now + o.EscalateBefore);
        var candidates = new List<string>();
        await foreach (var indexed in worklist.ReadIndexAsync(jurisdiction, "deadline", after, before, null, o.BatchSize, cancellationToken))
        {
            if (NeedsEscalation(indexed.Item, now))
            {
                candidates.Add(indexed.Item.CaseId);
                if (candidates.Count >= o.BatchSize)
                {
                    break;
                }
            }
        }

        var escalated = 0;
        foreach (var caseId in candidates)
        {
            // The index row is a copy: decide on the case row itself, and change it on its version.
            if (await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item || !NeedsEscalation(item, now))
            {
                continue;
            }

            var overdue = item.Deadline <= now;
            var hours = (item.Deadline - now).TotalHours;
            var deadline = item.Deadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var alert = new MonitoringAlert(
                jurisdiction.ToCode(), DateOnly.FromDateTime(now.UtcDateTime), overdue ? AlertKinds.DeadlinePassed : AlertKinds.DeadlineNear, caseId,
                Math.Round(hours, 2), o.EscalateBefore.TotalHours,
                overdue
                    ? string.Create(CultureInfo.InvariantCulture, $"Case {caseId} passed its deadline {deadline} UTC {-hours:0.0} h ago and is still waiting for a reviewer; raised to priority 1.")
                    : string.Create(CultureInfo.InvariantCulture, $"Case {caseId} is due {deadline} UTC, in {hours:0.0} h, and nobody is working on it; raised to priority 1."));

            // Alert first: should the change then lose to a reviewer's claim, the alert was still true
            // when written, and a repeat replaces it (same day, kind and case).
            await alerts.SaveAlertsAsync([alert], cancellationToken);
            if (!await worklist.TryReplaceAsync(item with { Priority = 1, DeadlineEscalatedAt = now }, cancellationToken))
            {
                continue;
            }

            await audit.WriteAsync(MissedCaseRecorder.GuardActor, "case.deadline-escalated", jurisdiction, caseId,
                string.Create(CultureInfo.InvariantCulture, $"priority {item.Priority} to 1; deadline {deadline} UTC{(overdue ? " (passed)" : "")}"), cancellationToken);
            metrics.DeadlineEscalated(jurisdiction, overdue);
            logger.LogWarning("Case {CaseId} in {Jurisdiction} escalated for its deadline ({Hours:0.0} h left)", caseId, jurisdiction.ToCode(), hours);
            escalated++;
        }

        return escalated;
    }

    private async Task<(int Filed, int Settled)> FileMissedAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var cutoff = time.GetUtcNow() - o.MissedAfter;
        var due = await assessments.DueHitsAsync(jurisdiction, cutoff, o.BatchSize, cancellationToken);
        var filed = 0;
        foreach (var check in due)
        {
            if (await worklist.GetAsync(jurisdiction, check.CaseId, cancellationToken) is null)
            {
                filed += await FileAsync(check, cutoff, cancellationToken) ? 1 : 0;
            }

            // In a worklist (any status) or filed now: the hit's deadline is kept track of there.
            await assessments.ClearDueAsync(check, cancellationToken);
        }

        return (filed, due.Count);
    }

    private async Task<bool> FileAsync(DueHit check, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // The stored case has the hit's current routing: a correction may have moved the deadline,
        // in which case this check is stale and the correction's own check decides later.
        if (await assessments.GetCaseAsync(check.CaseId, cancellationToken) is not { } hit)
        {
            logger.LogWarning("Deadline check for {CaseId} in {Jurisdiction} has no stored case; cleared", check.CaseId, check.Jurisdiction.ToCode());
            return false;
        }

        if (hit.Deadline > cutoff)
        {
            return false;
        }

        // Still in the outbox: the queue was unavailable until the deadline. Otherwise it was
        // published and its message expired before the intake took it.
        var waiting = await assessments.GetOutboxAsync(check.CaseId, cancellationToken);
        var recorded = await missed.RecordAsync(hit, waiting is null ? MissedReason.ExpiredUnseen : MissedReason.NeverPublished, cancellationToken);
        if (waiting is not null)
        {
            await assessments.WithdrawOutboxAsync(waiting, cancellationToken);
        }

        return recorded;
    }
}
