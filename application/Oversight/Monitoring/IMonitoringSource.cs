using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// One jurisdiction-day of observations for monitoring: every record screened that day with its
/// score, indicators, model outputs, monitoring features and audit group, joined with the review
/// outcome of its case where one was decided.
/// </summary>
public interface IMonitoringSource
{
    /// <summary>The observations of <paramref name="jurisdiction"/> on <paramref name="day"/> (UTC).</summary>
    Task<IReadOnlyList<MonitoringObservation>> ReadAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken);
}
