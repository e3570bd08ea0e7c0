using BorderScreening.Domain.Records;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>Where partner outcomes are kept: one per signal, a later one replaces the earlier.</summary>
public interface IPartnerOutcomeStore
{
    /// <summary>The outcome recorded for a signal; null when none.</summary>
    Task<PartnerOutcome?> GetAsync(Jurisdiction jurisdiction, string signalId, CancellationToken cancellationToken);

    /// <summary>Writes or replaces the outcome of its signal.</summary>
    Task SaveAsync(PartnerOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Every recorded outcome, of one jurisdiction or (null) of all.</summary>
    IAsyncEnumerable<PartnerOutcome> ReadAsync(Jurisdiction? jurisdiction, CancellationToken cancellationToken);
}
