using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Review;

/// <summary>Where decision labels are kept for retraining: one per case, a later decision replaces it.</summary>
public interface ILabelStore
{
    /// <summary>Writes or replaces the label of a case.</summary>
    Task SaveAsync(DecisionLabel label, CancellationToken cancellationToken);

    /// <summary>Every stored label, of one jurisdiction or (null) of all.</summary>
    IAsyncEnumerable<DecisionLabel> ReadAsync(Jurisdiction? jurisdiction, CancellationToken cancellationToken);
}
