using System.Collections.Concurrent;
using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Thresholds;

/// <summary>
/// Capacity-following thresholds: recalculated from recent scores on a schedule, stored through
/// <see cref="IThresholdStorage"/> with every change kept for audit, and served from memory to the scoring path (refreshed from storage at most once a minute).
/// </summary>
public sealed class ThresholdStore(
    IThresholdStorage storage,
    IOptions<CapacityOptions> capacity,
    TimeProvider time,
    ILogger<ThresholdStore> logger,
    IDailyCapacity? dailyCapacity = null) : IThresholdSource
{
    private readonly ConcurrentDictionary<Jurisdiction, double> _current = new();
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    /// <inheritdoc />
    public double? Current(Jurisdiction jurisdiction) => _current.TryGetValue(jurisdiction, out var value) ? value : null;

    /// <summary>Loads the stored thresholds when the cached ones are over a minute old.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _loadedAt < TimeSpan.FromMinutes(1))
        {
            return;
        }

        foreach (var (jurisdiction, value) in await storage.LoadAsync(cancellationToken))
        {
            _current[jurisdiction] = value;
        }

        _loadedAt = time.GetUtcNow();
    }

    /// <summary>Recalculates every jurisdiction's threshold from its recent non-forced scores.</summary>
    public async Task<IReadOnlyDictionary<Jurisdiction, double>> RecalculateAsync(CancellationToken cancellationToken)
    {
        using var activity = ScreeningTelemetry.Source.StartActivity("thresholds.recalculate");
        var o = capacity.Value;
        var now = time.GetUtcNow();
        var from = now.AddDays(-o.WindowDays);
        var result = new Dictionary<Jurisdiction, double>();
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var scores = new List<double>();
            var earliest = now;
            await foreach (var recent in storage.RecentScoresAsync(jurisdiction, from, cancellationToken))
            {
                if (!recent.Forced)
                {
                    scores.Add(recent.Score);
                    earliest = recent.ScreenedAt < earliest ? recent.ScreenedAt : earliest;
                }
            }

            var days = Math.Max(1, (now - earliest).TotalDays);
            // What the supervisors set for today wins over the static configuration.
            var capacityPerDay = (dailyCapacity is null ? null : await dailyCapacity.CasesAsync(jurisdiction, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken))
                ?? (o.DailyCases.TryGetValue(jurisdiction.ToCode(), out var c) ? c : 0);
            if (ThresholdCalculator.Compute(scores, days, capacityPerDay, o) is { } threshold)
            {
                await SetAsync(jurisdiction, threshold, $"capacity {capacityPerDay}/day over {scores.Count} scores in {days:0.#} days", cancellationToken);
                result[jurisdiction] = threshold;
            }
        }

        activity?.SetTag("thresholds.computed", result.Count);
        return result;
    }

    /// <summary>Stores a threshold and audits the change (no-op when it moved less than 0.001).</summary>
    public async Task SetAsync(Jurisdiction jurisdiction, double threshold, string reason, CancellationToken cancellationToken)
    {
        var previous = Current(jurisdiction);
        if (previous is { } p && Math.Abs(p - threshold) < 0.001)
        {
            return;
        }

        await storage.SaveAsync(new ThresholdChange(jurisdiction, previous, threshold, reason, time.GetUtcNow()), cancellationToken);
        _current[jurisdiction] = threshold;
        logger.LogInformation("Threshold for {Jurisdiction} changed from {From} to {To}", jurisdiction.ToCode(), previous, threshold);
    }
}
