namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>The answer to a recorded outcome.</summary>
/// <param name="SignalId">The signal.</param>
/// <param name="Outcome">The outcome now recorded.</param>
/// <param name="RecordedAt">When.</param>
/// <param name="Replaced">The outcome this one replaced, or null for the first.</param>
public sealed record OutcomeReceipt(string SignalId, PartnerOutcomeKind Outcome, DateTimeOffset RecordedAt, PartnerOutcomeKind? Replaced);
