namespace BorderScreening.Application.Telemetry;

/// <summary>
/// Where traces and metrics go. The local host writes to the console; the Functions app exports to
/// Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>Write metrics to the console (local host). On by default, but only every <see cref="MetricsInterval"/>.</summary>
    public bool ConsoleMetrics { get; set; } = true;

    /// <summary>Write spans to the console (local host). Off by default: one block per batch, relay run and drain is noisy.</summary>
    public bool ConsoleTraces { get; set; }

    /// <summary>How often metrics are collected and exported.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Send telemetry to Application Insights with the app's managed identity (Entra ID), as the
    /// Bicep deployment requires (local auth is off on the Application Insights resource).
    /// </summary>
    public bool AzureMonitorUseManagedIdentity { get; set; } = true;
}
