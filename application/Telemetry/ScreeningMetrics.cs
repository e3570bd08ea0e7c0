using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;

namespace BorderScreening.Application.Telemetry;

/// <summary>
/// The application's one meter (<see cref="ScreeningTelemetry.Name"/>). Tags are jurisdiction, kind,
/// band, outcome, reason and versions only: never anything personal. The screening hot path only adds
/// to counters with at most three cached tag values, which allocates nothing (checked by a test).
/// </summary>
public sealed class ScreeningMetrics : IDisposable
{
    /// <summary>Meter name to subscribe to.</summary>
    public const string MeterName = ScreeningTelemetry.Name;

    // Boxed once: a bool tag would otherwise box on every hit.
    private static readonly object True = true;
    private static readonly object False = false;

    // Enum.ToString allocates a new string on every call (measured: ~36 bytes a record); the tag
    // values are looked up instead.
    private static readonly FrozenDictionary<RecordKind, string> KindNames = Enum.GetValues<RecordKind>().ToFrozenDictionary(k => k, k => k.ToString());
    private static readonly FrozenDictionary<RiskBand, string> BandNames = Enum.GetValues<RiskBand>().ToFrozenDictionary(b => b, b => b.ToString());

    private readonly Meter _meter;
    private readonly Counter<long> _screened;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _missed;
    private readonly Counter<long> _deadlineEscalated;
    private readonly Histogram<double> _timeToDecision;
    private readonly ConcurrentDictionary<Jurisdiction, int> _queueDepth = new();

    /// <summary>Creates the instruments; the gauges read the versions in service from <paramref name="pipeline"/>.</summary>
    public ScreeningMetrics(IMeterFactory meterFactory, ScreeningPipeline pipeline)
    {
        _meter = meterFactory.Create(MeterName);
        _screened = _meter.CreateCounter<long>("screening.records", unit: "{record}", description: "Records screened (duplicates not counted)");
        _hits = _meter.CreateCounter<long>("screening.hits", unit: "{hit}", description: "Hits raised, i.e. review cases created");
        _rejected = _meter.CreateCounter<long>("screening.rejected", unit: "{record}", description: "Records rejected as invalid");
        _missed = _meter.CreateCounter<long>("review.missed", unit: "{case}", description: "Hits filed as missed cases: expired, undeliverable or dead-lettered before review");
        _deadlineEscalated = _meter.CreateCounter<long>("review.deadline_escalated", unit: "{case}", description: "Cases raised to priority 1, with supervisors alerted, because their deadline was near and nobody was working on them");
        _timeToDecision = _meter.CreateHistogram(
            "review.time_to_decision",
            unit: "s",
            description: "Time from case creation (screening) to the reviewer's decision",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 172800, 604800] });
        _meter.CreateObservableGauge(
            "hitqueue.depth",
            ObserveQueueDepth,
            unit: "{hit}",
            description: "Approximate hits waiting in each jurisdiction's queue, as last seen by the intake");
        _meter.CreateObservableGauge(
            "model.in_service",
            () => new Measurement<int>(1, new("model.version", pipeline.ModelVersion), new("catalogue.version", pipeline.CatalogueVersion)),
            description: "1, tagged with the model and indicator-catalogue versions in service");
    }

    /// <summary>Counts a screened record (and its hit).</summary>
    public void Screened(Assessment assessment)
    {
        var jurisdiction = new KeyValuePair<string, object?>("jurisdiction", assessment.Jurisdiction.ToCode());
        _screened.Add(1, jurisdiction, new("kind", KindNames.GetValueOrDefault(assessment.Kind, "unknown")));
        if (assessment.Risk.IsHit)
        {
            _hits.Add(1, jurisdiction, new("band", BandNames.GetValueOrDefault(assessment.Risk.Band, "unknown")), new("forced", assessment.Risk.ForcedReview ? True : False));
        }
    }

    /// <summary>Counts a rejected record.</summary>
    public void Rejected(Jurisdiction? jurisdiction) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("jurisdiction", jurisdiction?.ToCode() ?? "unknown"));

    /// <summary>Counts a hit filed as a missed case; <paramref name="reason"/> is a <c>MissedReason.Code</c>.</summary>
    public void Missed(Jurisdiction jurisdiction, string reason) =>
        _missed.Add(1, new KeyValuePair<string, object?>("jurisdiction", jurisdiction.ToCode()), new("reason", reason));

    /// <summary>Counts a case the deadline guard escalated; <paramref name="overdue"/> when its deadline had passed already.</summary>
    public void DeadlineEscalated(Jurisdiction jurisdiction, bool overdue) =>
        _deadlineEscalated.Add(1, new KeyValuePair<string, object?>("jurisdiction", jurisdiction.ToCode()), new("overdue", overdue ? True : False));

    /// <summary>Records the time from case creation to decision.</summary>
    public void Decided(Jurisdiction jurisdiction, string outcome, TimeSpan sinceCreation) =>
        _timeToDecision.Record(
            Math.Max(0, sinceCreation.TotalSeconds),
            new KeyValuePair<string, object?>("jurisdiction", jurisdiction.ToCode()),
            new("outcome", outcome));

    /// <summary>
    /// Remembers a queue's approximate depth for the gauge; a negative count (the adapter cannot
    /// count, e.g. Service Bus without Manage rights) removes the jurisdiction from the gauge.
    /// </summary>
    public void QueueDepth(Jurisdiction jurisdiction, int count)
    {
        if (count < 0)
        {
            _queueDepth.TryRemove(jurisdiction, out _);
        }
        else
        {
            _queueDepth[jurisdiction] = count;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private IEnumerable<Measurement<int>> ObserveQueueDepth() =>
        _queueDepth.Select(d => new Measurement<int>(d.Value, new KeyValuePair<string, object?>("jurisdiction", d.Key.ToCode())));
}
