using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>
/// The stored facts the figures are counted from, for one jurisdiction: only ids, flags, states and
/// times, never a record's body.
/// </summary>
public interface IStatisticsSource
{
    /// <summary>Every record screened in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    IAsyncEnumerable<ScreenedFact> ScreenedAsync(Jurisdiction jurisdiction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>When each decided case was decided, by case id.</summary>
    IAsyncEnumerable<DecisionTime> DecisionTimesAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>Every case of the jurisdiction with its state.</summary>
    IAsyncEnumerable<CaseFact> CasesAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>Every partner outcome recorded in the jurisdiction (one per signal, the latest).</summary>
    IAsyncEnumerable<OutcomeFact> PartnerOutcomesAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);
}
