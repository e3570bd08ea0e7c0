using BorderScreening.Application.PartnerOutcomes;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>A partner outcome for counting: the case its signal came from and the outcome, nothing else.</summary>
public sealed record OutcomeFact(string CaseId, PartnerOutcomeKind Outcome);
