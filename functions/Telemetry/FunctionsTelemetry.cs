using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using BorderScreening.Application.Telemetry;
using BorderScreening.Hosting.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Functions.Telemetry;

/// <summary>
/// Telemetry of the Functions app: the application's spans, metrics and logs go to Application
/// Insights through the Azure Monitor exporter when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is
/// set (the Bicep deployment sets it). Ingestion is authenticated with the app's managed identity:
/// the Application Insights resource has local (key) auth disabled, and the identity holds the
/// Monitoring Metrics Publisher role on it.
/// </summary>
public static class FunctionsTelemetry
{
    /// <summary>Service name (cloud role name in Application Insights).</summary>
    public const string ServiceName = "border-screening";

    /// <summary>App setting holding the Application Insights connection string (not a secret: no key is usable).</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Adds OpenTelemetry and, when configured, the Azure Monitor exporter; true when exporting.</summary>
    public static bool AddFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddScreeningTelemetry(ServiceName);
        // The worker does not read host.json's log levels. The Azure SDK logs every request URL at
        // Information (table filters carry pseudonymised keys): only its warnings leave the app.
        services.AddLogging(logging => logging
            .AddFilter("BorderScreening", LogLevel.Information)
            .AddFilter("Azure", LogLevel.Warning));
        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        telemetry.UseAzureMonitorExporter(exporter =>
        {
            exporter.ConnectionString = connectionString;
            if (options.AzureMonitorUseManagedIdentity)
            {
                exporter.Credential = new DefaultAzureCredential();
            }
        });
        return true;
    }
}
