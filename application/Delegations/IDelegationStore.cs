using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Delegations;

/// <summary>Where review delegations are kept.</summary>
public interface IDelegationStore
{
    /// <summary>Stores a new delegation.</summary>
    Task AddAsync(ReviewDelegation delegation, CancellationToken cancellationToken);

    /// <summary>Every delegation to one reviewer (any jurisdiction, any state).</summary>
    Task<IReadOnlyList<ReviewDelegation>> ForReviewerAsync(string reviewer, CancellationToken cancellationToken);

    /// <summary>The delegations of one jurisdiction that end at or after <paramref name="endedAfter"/>.</summary>
    Task<IReadOnlyList<ReviewDelegation>> ForJurisdictionAsync(Jurisdiction jurisdiction, DateTimeOffset endedAfter, CancellationToken cancellationToken);

    /// <summary>Marks a delegation revoked; false when there is none with this id in the jurisdiction or it was revoked already.</summary>
    Task<bool> TryRevokeAsync(Jurisdiction jurisdiction, string id, string revokedBy, DateTimeOffset at, CancellationToken cancellationToken);
}
