using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// Loads the reference distributions once: the configured file, else the shipped one next to the
/// binaries. Without one, monitoring still reports rates and disparities, but no drift.
/// </summary>
public sealed class MonitoringReferenceProvider(IOptions<MonitoringOptions> options, ILogger<MonitoringReferenceProvider> logger)
{
    private readonly Lazy<MonitoringReference?> _reference = new(() => Load(options.Value, logger));

    /// <summary>The reference, or null when there is none.</summary>
    public MonitoringReference? Reference => _reference.Value;

    /// <summary>Where the shipped reference lands in a host's output folder.</summary>
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "shipped", MonitoringReference.FileName);

    private static MonitoringReference? Load(MonitoringOptions options, ILogger logger)
    {
        var path = string.IsNullOrEmpty(options.ReferencePath) ? ShippedPath : options.ReferencePath;
        if (!File.Exists(path))
        {
            logger.LogWarning("No monitoring reference at {Path}: drift is not monitored", path);
            return null;
        }

        return MonitoringReference.Load(path);
    }
}
