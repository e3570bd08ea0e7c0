using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// The reference distributions drift is measured against. It follows the active model: the registry
/// sync hands over the reference stored with each model it makes active (<see cref="Use"/>), on every
/// instance. Until then (or on a host without a registry) the configured file, else the shipped one
/// next to the binaries. Without one, monitoring still reports rates and disparities, but no drift.
/// </summary>
public sealed class MonitoringReferenceProvider(IOptions<MonitoringOptions> options, ILogger<MonitoringReferenceProvider> logger)
{
    private readonly Lazy<MonitoringReference?> _configured = new(() => Load(options.Value, logger));
    private volatile Holder? _followed;

    /// <summary>The reference, or null when there is none.</summary>
    public MonitoringReference? Reference => _followed is { Configured: false } followed ? followed.Reference : _configured.Value;

    /// <summary>The model version the reference in use belongs to, when it follows the registry.</summary>
    public string? FollowedModelVersion => _followed?.ModelVersion;

    /// <summary>Where the shipped reference lands in a host's output folder.</summary>
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "shipped", MonitoringReference.FileName);

    /// <summary>
    /// Switches to the reference of the model now active (null when that model was registered without
    /// one: drift is then not measured, rather than measured against another model's data).
    /// </summary>
    public void Use(string modelVersion, MonitoringReference? reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelVersion);
        _followed = new Holder(modelVersion, reference, Configured: false);
        if (reference is null)
        {
            logger.LogWarning("Active model {ModelVersion} has no monitoring reference: drift is not monitored", modelVersion);
        }
    }

    /// <summary>
    /// Switches back to the configured (or shipped) reference for <paramref name="modelVersion"/>: the
    /// shipped model, bootstrapped before references were stored with models.
    /// </summary>
    public void UseConfigured(string modelVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelVersion);
        _followed = new Holder(modelVersion, null, Configured: true);
    }

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

    private sealed record Holder(string ModelVersion, MonitoringReference? Reference, bool Configured);
}
