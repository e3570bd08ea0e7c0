using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>Daily monitoring reports per jurisdiction, the alerts they raised, and the deadline guard's alerts.</summary>
public interface IMonitoringStore
{
    /// <summary>Stores a report and its alerts (replacing an earlier run's report of the day).</summary>
    Task SaveAsync(MonitoringReport report, CancellationToken cancellationToken);

    /// <summary>
    /// Stores alerts raised outside the daily report (the deadline guard's), each replacing an alert of
    /// the same day, jurisdiction, kind and subject, so a repeated run does not repeat them.
    /// </summary>
    Task SaveAlertsAsync(IReadOnlyList<MonitoringAlert> alerts, CancellationToken cancellationToken);

    /// <summary>The stored report of a jurisdiction-day, or null.</summary>
    Task<MonitoringReport?> GetAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Alerts of the days from <paramref name="from"/> to <paramref name="to"/> inclusive, optionally of one jurisdiction.</summary>
    Task<IReadOnlyList<MonitoringAlert>> AlertsAsync(DateOnly from, DateOnly to, Jurisdiction? jurisdiction, CancellationToken cancellationToken);
}
