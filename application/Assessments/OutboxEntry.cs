using BorderScreening.Application.Cases;

namespace BorderScreening.Application.Assessments;

/// <summary>A hit waiting to be published, written in the same transaction as its case.</summary>
/// <param name="Message">The hit's routing facts, as queued.</param>
/// <param name="Attempts">Failed publishing attempts so far.</param>
/// <param name="NextAttemptAt">When the relay may try again.</param>
/// <param name="Version">
/// The stored entry's version as read (an ETag in Azure Tables), so a failed attempt is recorded
/// only when no other relay changed the entry meanwhile; null for an entry not read from the store.
/// </param>
public sealed record OutboxEntry(HitRouting Message, int Attempts, DateTimeOffset NextAttemptAt, string? Version)
{
    /// <summary>The entry <see cref="IAssessmentStore.SaveAsync"/> wrote for a hit, for publishing it right away.</summary>
    public static OutboxEntry New(HitRouting hit, DateTimeOffset now) => new(hit, 0, now, null);
}
