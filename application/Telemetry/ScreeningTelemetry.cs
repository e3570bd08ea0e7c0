using System.Diagnostics;

namespace BorderScreening.Application.Telemetry;

/// <summary>
/// The application's one <see cref="ActivitySource"/> and the name its <see cref="ScreeningMetrics"/>
/// meter shares. Spans cover a batch or an operation (relay run, intake drain, review action, model
/// swap, threshold recalculation), never a single record on the screening hot path, and their tags
/// carry jurisdiction, kind, band, typology, outcome and versions only — never personal data.
/// </summary>
public static class ScreeningTelemetry
{
    /// <summary>Name of the activity source and the meter; subscribe to it in exporters.</summary>
    public const string Name = "BorderScreening";

    /// <summary>
    /// Static because an ActivitySource is a process-wide listener registration; with no listener
    /// <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null and costs nothing.
    /// </summary>
    public static readonly ActivitySource Source = new(Name, typeof(ScreeningTelemetry).Assembly.GetName().Version?.ToString());
}
