using BorderScreening.Application.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Resources;

namespace BorderScreening.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for the application's spans and metrics. Each host adds its exporter to the builder
/// this returns: the console in the local host, Azure Monitor in the Functions app, in-memory in tests.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Subscribes to <see cref="ScreeningTelemetry.Name"/> and binds <see cref="TelemetryOptions"/>.</summary>
    public static OpenTelemetryBuilder AddScreeningTelemetry(this IServiceCollection services, string serviceName)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName)
            .Validate(o => o.MetricsInterval >= TimeSpan.FromSeconds(1), "Telemetry:MetricsInterval must be at least one second.")
            .ValidateOnStart();
        // The observable gauges (model in service, queue depth) exist only once the meter does.
        services.AddHostedService<TelemetryStartup>();
        return services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceVersion: typeof(ScreeningTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing.AddSource(ScreeningTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(ScreeningTelemetry.Name));
    }
}
