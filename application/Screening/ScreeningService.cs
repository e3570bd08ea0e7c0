using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Serving;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Telemetry;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Application.Screening;

/// <summary>
/// Screens the valid records of a batch: pseudonymise → count → score → store (assessment, case and
/// outbox entry in one transaction) → publish the hit. Invalid records are reported, never thrown;
/// a record screened before returns its stored assessment.
/// </summary>
public sealed class ScreeningService(
    Pseudonymiser pseudonymiser,
    INetworkCounter counter,
    ScreeningPipeline pipeline,
    AssessmentStore store,
    OutboxRelay relay,
    TimeProvider time,
    ScreeningMetrics metrics,
    ThresholdStore thresholds,
    SnoozeFilter snoozes,
    ILogger<ScreeningService> logger,
    IFeatureSnapshot features,
    ServedVersionFollower served)
{
    private const int Concurrency = 16;

    /// <summary>
    /// Screens a parsed batch: every valid record is pseudonymised, the batch's sightings are recorded
    /// and counted together (one count read per distinct entity), then records are scored and saved
    /// with <see cref="Concurrency"/> in flight.
    /// </summary>
    public async Task<BatchResult> ScreenAsync(ParsedBatch batch, CancellationToken cancellationToken)
    {
        // One span per batch; records get none (the hot path stays free of telemetry allocations).
        using var activity = ScreeningTelemetry.Source.StartActivity("screening.batch");
        await thresholds.RefreshAsync(cancellationToken);
        await snoozes.RefreshAsync(cancellationToken);
        await served.FollowAsync(cancellationToken);
        var now = time.GetUtcNow();
        var valid = batch.Records.Where(r => r.IsValid).ToList();
        var sightings = valid.Select(r => new NetworkSighting(r.Record!.Jurisdiction, AssessmentId.For(r.Record), pseudonymiser.Pseudonymise(r.Record), now)).ToList();
        var counts = await counter.RecordAndCountAsync(sightings, cancellationToken);
        var prepared = new Dictionary<ParsedRecord, (NetworkSighting Sighting, NetworkCounts Counts)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < valid.Count; i++)
        {
            prepared[valid[i]] = (sightings[i], counts[i]);
        }

        var results = new RecordResult[batch.Records.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, batch.Records.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var parsed = batch.Records[i];
                results[i] = prepared.TryGetValue(parsed, out var p)
                    ? await ScoreAndSaveAsync(parsed, p.Sighting, p.Counts, ct)
                    : Rejected(parsed);
            });
        if (activity is not null)
        {
            activity.SetTag("batch.records", batch.Records.Count);
            activity.SetTag("batch.screened", results.Count(r => r.Status == "screened"));
            activity.SetTag("batch.duplicates", results.Count(r => r.Status == "duplicate"));
            activity.SetTag("batch.rejected", results.Count(r => r.Status == "rejected"));
            activity.SetTag("batch.hits", results.Count(r => r.Status == "screened" && r.Assessment?.Risk.IsHit == true));
        }

        return new BatchResult(results, batch.Errors);
    }

    /// <summary>Screens one parsed record.</summary>
    public async Task<RecordResult> ScreenOneAsync(ParsedRecord parsed, CancellationToken cancellationToken)
    {
        if (!parsed.IsValid)
        {
            return Rejected(parsed);
        }

        var record = parsed.Record!;
        var sighting = new NetworkSighting(record.Jurisdiction, AssessmentId.For(record), pseudonymiser.Pseudonymise(record), time.GetUtcNow());
        var counts = await counter.RecordAndCountAsync(sighting.Jurisdiction, sighting.RecordId, sighting.Pseudonyms, sighting.SeenAt, cancellationToken);
        return await ScoreAndSaveAsync(parsed, sighting, counts, cancellationToken);
    }

    private RecordResult Rejected(ParsedRecord parsed)
    {
        metrics.Rejected(parsed.Record?.Jurisdiction);
        return new RecordResult { Index = parsed.Index, Status = "rejected", Errors = parsed.Errors, Warnings = parsed.Warnings };
    }

    // No read before the save: a record screened before is found by the save itself (the assessment's
    // add fails with 409 and the stored one is returned), and its sightings were added once already.
    private async Task<RecordResult> ScoreAndSaveAsync(ParsedRecord parsed, NetworkSighting sighting, NetworkCounts counts, CancellationToken cancellationToken)
    {
        var record = parsed.Record!;
        var id = sighting.RecordId;
        var now = sighting.SeenAt;
        var pseudonyms = sighting.Pseudonyms;
        var context = new ScreeningContext(record, pseudonyms, counts, now);
        var scored = pipeline.Score(context);

        var assessment = new Assessment
        {
            Id = id,
            Kind = record.Kind,
            Jurisdiction = record.Jurisdiction,
            SourceSystem = record.SourceSystem,
            ScreenedAt = now,
            Risk = scored.Risk,
            Indicators = scored.Indicators,
            Model = scored.Model,
            ShadowModel = scored.ShadowModel,
            CatalogueVersion = scored.Indicators.CatalogueVersion,
            ModelVersion = scored.Model.ModelVersion,
            CaseId = scored.Risk.IsHit ? id : null,
            NetworkCounts = counts.All.ToDictionary(c => $"{c.Key.Type}/{c.Key.WindowDays}d", c => c.Value),
            Warnings = parsed.Warnings,
        };

        ReviewCase? reviewCase = null;
        HitRouting? hit = null;
        if (scored.Risk.IsHit)
        {
            hit = new HitRouting
            {
                CaseId = id,
                AssessmentId = id,
                Jurisdiction = record.Jurisdiction,
                Priority = scored.Risk.Priority,
                Deadline = scored.Risk.Deadline ?? now,
                Score = scored.Risk.Score,
                Band = scored.Risk.Band,
                Typologies = scored.Indicators.Fired.Where(f => f.Weight > 0).Select(f => f.Typology).Distinct().ToList(),
                ForcedReview = scored.Risk.ForcedReview,
            };
            reviewCase = new ReviewCase(hit)
            {
                CreatedAt = now,
                EntityHashes = pseudonyms.Entities,
                Record = record,
            };
        }

        var monitoring = new MonitoringFacts(
            AuditGroup.Of(record, DateOnly.FromDateTime(now.UtcDateTime)), features.Extract(context));
        SaveOutcome saved;
        // Hits are rare, so their write (assessment, case and outbox entry in one transaction) gets
        // its own span; the plain assessment writes of non-hits are covered by the batch span.
        using (var persist = hit is null ? null : ScreeningTelemetry.Source.StartActivity("screening.persist_hit"))
        {
            persist?.SetTag("jurisdiction", record.Jurisdiction.ToCode());
            persist?.SetTag("band", scored.Risk.Band.ToString());
            saved = await store.SaveAsync(assessment, reviewCase, hit, now, monitoring, cancellationToken);
            persist?.SetTag("outcome", saved.Created ? "created" : "duplicate");
        }

        if (!saved.Created)
        {
            return Duplicate(parsed, saved.Stored);
        }

        metrics.Screened(assessment);
        logger.LogInformation(
            "Screened {AssessmentId} in {Jurisdiction}: band {Band}, hit {IsHit}", id, record.Jurisdiction.ToCode(), scored.Risk.Band, scored.Risk.IsHit);

        if (hit is not null)
        {
            await relay.TryPublishAsync(AssessmentStore.NewOutboxEntry(hit, now), cancellationToken);
        }

        return new RecordResult { Index = parsed.Index, AssessmentId = id, Status = "screened", Assessment = assessment, Warnings = parsed.Warnings };
    }

    private static RecordResult Duplicate(ParsedRecord parsed, Assessment stored) =>
        new() { Index = parsed.Index, AssessmentId = stored.Id, Status = "duplicate", Assessment = stored, Warnings = parsed.Warnings };
}
