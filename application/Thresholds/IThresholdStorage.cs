using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Thresholds;

/// <summary>What capacity-following thresholds read and keep: recent scores, and the threshold in force per jurisdiction with its history.</summary>
public interface IThresholdStorage
{
    /// <summary>The stored threshold of every jurisdiction that has one.</summary>
    Task<IReadOnlyDictionary<Jurisdiction, double>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new threshold and keeps the change (from, to, reason, when) for audit.</summary>
    Task SaveAsync(ThresholdChange change, CancellationToken cancellationToken);

    /// <summary>The scores of the jurisdiction's records screened since <paramref name="from"/>.</summary>
    IAsyncEnumerable<RecentScore> RecentScoresAsync(Jurisdiction jurisdiction, DateTimeOffset from, CancellationToken cancellationToken);
}
