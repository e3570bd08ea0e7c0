namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// Body of a partner outcome: the outcome only. The signal is named by the path; nothing about the
/// person or the case is asked for or accepted. A string, checked by the service against
/// <see cref="PartnerOutcomeKinds.All"/> (exactly, lower case), so a wrong value is a 400 naming <c>outcome</c>.
/// </summary>
/// <param name="Outcome"><c>confirmed-victim</c>, <c>exploitation-found</c>, <c>no-indication</c> or <c>unknown</c>; required.</param>
public sealed record OutcomeRequest(string? Outcome);
