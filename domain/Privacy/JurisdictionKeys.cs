namespace BorderScreening.Domain.Privacy;

/// <summary>One jurisdiction's keys: the current one and those still in its rotation window (newest first).</summary>
/// <param name="Current">The key new hashes are made with.</param>
/// <param name="Previous">Older keys whose hashes still link during the rotation window.</param>
public sealed record JurisdictionKeys(PseudonymisationKey Current, IReadOnlyList<PseudonymisationKey> Previous);
