using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Assessments;

/// <summary>A hit whose deadline check is due (see <see cref="IAssessmentStore.DueHitsAsync"/>).</summary>
/// <param name="CaseId">The hit's case id.</param>
/// <param name="Jurisdiction">Its jurisdiction.</param>
/// <param name="Deadline">
/// The deadline the check was stored with. A correction that moved the deadline stores a check of
/// its own, so the case's current deadline may be later than this one.
/// </param>
public sealed record DueHit(string CaseId, Jurisdiction Jurisdiction, DateTimeOffset Deadline);
