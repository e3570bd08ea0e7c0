using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Security;

/// <summary>
/// The jurisdictions a reviewer may review today through a time-bound delegation by that
/// jurisdiction's supervisor (protocol staffing), on top of what the token's roles give. Read by the
/// security layer for every caller who holds a reviewer role.
/// </summary>
public interface IDelegatedReviewAccess
{
    /// <summary>The jurisdictions delegated to <paramref name="subject"/> that are in force now.</summary>
    Task<IReadOnlySet<Jurisdiction>> ActiveForAsync(string subject, CancellationToken cancellationToken);
}
