using BorderScreening.Domain.Records;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// The latest outcome a partner recorded for one signal it received. No personal data: the signal id,
/// the case it came from (an internal reference), the partner's id, the outcome and who recorded it
/// (a subject id). A later outcome for the same signal replaces this one; the audit log keeps them all.
/// </summary>
/// <param name="Jurisdiction">The signal's jurisdiction.</param>
/// <param name="SignalId">The signal the outcome is about.</param>
/// <param name="CaseId">The case the signal was made from (for labels and statistics; never asked of the partner).</param>
/// <param name="PartnerId">The partner the signal was sent to.</param>
/// <param name="Outcome">What the partner found.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">Subject id of the caller who recorded it.</param>
public sealed record PartnerOutcome(
    Jurisdiction Jurisdiction,
    string SignalId,
    string CaseId,
    string PartnerId,
    PartnerOutcomeKind Outcome,
    DateTimeOffset RecordedAt,
    string RecordedBy);
