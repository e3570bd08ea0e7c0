using BorderScreening.Application.Telemetry;
using Microsoft.Extensions.Hosting;

namespace BorderScreening.Hosting.Telemetry;

/// <summary>
/// Creates <see cref="ScreeningMetrics"/> when the host starts, so the "model in service" gauge is
/// reported from the first export on, not only after the first screening.
/// </summary>
internal sealed class TelemetryStartup(ScreeningMetrics metrics) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(metrics);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
