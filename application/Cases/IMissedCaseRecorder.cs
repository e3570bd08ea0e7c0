namespace BorderScreening.Application.Cases;

/// <summary>
/// Files a hit that will not be reviewed in time as a missed case in its jurisdiction's worklist,
/// counted and with the jurisdiction's supervisors alerted. Idempotent by case id: a hit that has a
/// case already (any status) is left as it is. Declared here, next to the worklist, so the intake can
/// use it; implemented by the deadline guard, which owns the alerting.
/// </summary>
public interface IMissedCaseRecorder
{
    /// <summary>Files <paramref name="hit"/> as missed; false when it had a case already.</summary>
    Task<bool> RecordAsync(HitRouting hit, MissedReason reason, CancellationToken cancellationToken);
}
