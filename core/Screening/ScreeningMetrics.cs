using System.Diagnostics.Metrics;
using BorderScreening.Core.Assessments;
using BorderScreening.Core.Records;

namespace BorderScreening.Core.Screening;

/// <summary>
/// OpenTelemetry-compatible metrics of the screening path. Tags are jurisdiction, kind and band only:
/// never anything personal.
/// </summary>
public sealed class ScreeningMetrics : IDisposable
{
    /// <summary>Meter name to subscribe to.</summary>
    public const string MeterName = "BorderScreening";

    private readonly Meter _meter;
    private readonly Counter<long> _screened;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _rejected;

    /// <summary>Creates the instruments.</summary>
    public ScreeningMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _screened = _meter.CreateCounter<long>("screening.records", description: "Records screened");
        _hits = _meter.CreateCounter<long>("screening.hits", description: "Hits raised");
        _rejected = _meter.CreateCounter<long>("screening.rejected", description: "Records rejected as invalid");
    }

    /// <summary>Counts a screened record (and its hit).</summary>
    public void Screened(Assessment assessment)
    {
        var jurisdiction = new KeyValuePair<string, object?>("jurisdiction", assessment.Jurisdiction.ToCode());
        _screened.Add(1, jurisdiction, new("kind", assessment.Kind.ToString()));
        if (assessment.Risk.IsHit)
        {
            _hits.Add(1, jurisdiction, new("band", assessment.Risk.Band.ToString()), new("forced", assessment.Risk.ForcedReview));
        }
    }

    /// <summary>Counts a rejected record.</summary>
    public void Rejected(Jurisdiction? jurisdiction) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("jurisdiction", jurisdiction?.ToCode() ?? "unknown"));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
