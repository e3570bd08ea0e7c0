namespace BorderScreening.Application.Delegations;

/// <summary>Body of a delegation grant.</summary>
/// <param name="Reviewer">Subject id of the reviewer of the other service.</param>
/// <param name="Hours">How long it lasts from now, 1 to <see cref="DelegationService.MaxHours"/>.</param>
/// <param name="Reason">Why (required; at most 500 characters).</param>
public sealed record DelegationRequest(string? Reviewer, int? Hours, string? Reason);
