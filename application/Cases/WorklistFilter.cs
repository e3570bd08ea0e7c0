namespace BorderScreening.Application.Cases;

/// <summary>
/// Conditions on the worklist fields that the store can apply where the rows are (so a page stays a
/// small read): status, priority and a deadline bound. Typology and lapsed leases of other statuses
/// are checked by the caller on the rows returned.
/// </summary>
/// <param name="Status">
/// Only cases of this status; <see cref="CaseStatus.Open"/> also takes claimed cases whose lease
/// lapsed at <paramref name="Now"/>, since a reviewer sees those as open.
/// </param>
/// <param name="Priority">Only cases of this priority.</param>
/// <param name="DeadlineAtOrBefore">Only cases due at or before this time.</param>
/// <param name="Now">The time leases are judged at.</param>
public sealed record WorklistFilter(CaseStatus? Status, int? Priority, DateTimeOffset? DeadlineAtOrBefore, DateTimeOffset Now)
{
    /// <summary>Whether the filter lets every case through.</summary>
    public bool IsEmpty => Status is null && Priority is null && DeadlineAtOrBefore is null;
}
