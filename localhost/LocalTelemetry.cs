using BorderScreening.Application.Telemetry;
using BorderScreening.Hosting.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BorderScreening.LocalHost;

/// <summary>
/// Telemetry of the local host: the application's metrics on the console every
/// <see cref="TelemetryOptions.MetricsInterval"/> (60 s by default, so the log stays readable), spans
/// only on request (<c>serve --trace</c> or <c>Telemetry:ConsoleTraces</c>).
/// </summary>
public static class LocalTelemetry
{
    /// <summary>Service name in the exported resource.</summary>
    public const string ServiceName = "border-screening-local";

    /// <summary>Adds OpenTelemetry with the console exporter as configured.</summary>
    public static IServiceCollection AddLocalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Read once here: exporters are chosen while the providers are built, before options exist.
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = services.AddScreeningTelemetry(ServiceName);
        if (options.ConsoleMetrics)
        {
            telemetry.WithMetrics(metrics => metrics.AddConsoleExporter((_, reader) =>
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)Math.Min(int.MaxValue, Math.Max(1000, options.MetricsInterval.TotalMilliseconds))));
        }

        if (options.ConsoleTraces)
        {
            telemetry.WithTracing(tracing => tracing.AddConsoleExporter());
        }

        return services;
    }
}
