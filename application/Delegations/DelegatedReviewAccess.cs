using System.Collections.Concurrent;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Delegations;

/// <summary>
/// The delegations in force for a reviewer, for the security layer. The reviewer's grants are read
/// from storage at most every <see cref="CacheFor"/> per host; whether each is in force is decided
/// at every request from its end time, so a delegation ends by itself exactly on time. A grant or
/// revocation through this host is seen at once; through another instance within <see cref="CacheFor"/>.
/// </summary>
public sealed class DelegatedReviewAccess(IDelegationStore store, TimeProvider time) : IDelegatedReviewAccess
{
    /// <summary>How long a reviewer's grants are kept in memory.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyList<ReviewDelegation> Grants)> _cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IReadOnlySet<Jurisdiction>> ActiveForAsync(string subject, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!_cache.TryGetValue(subject, out var entry) || now - entry.ReadAt > CacheFor)
        {
            entry = (now, await store.ForReviewerAsync(subject, cancellationToken));
            _cache[subject] = entry;
        }

        return entry.Grants.Where(d => d.IsActive(now)).Select(d => d.Jurisdiction).ToHashSet();
    }

    /// <summary>Drops what is cached for a reviewer (after a grant or revocation).</summary>
    public void Forget(string subject) => _cache.TryRemove(subject, out _);
}
