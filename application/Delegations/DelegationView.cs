namespace BorderScreening.Application.Delegations;

/// <summary>A delegation as the supervision screen shows it, with its state now.</summary>
/// <param name="Delegation">The delegation.</param>
/// <param name="Status">"active", "expired" or "revoked".</param>
public sealed record DelegationView(ReviewDelegation Delegation, string Status);
