using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.History;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.RandomChecks;
using BorderScreening.Application.Screening.Bookings;
using BorderScreening.Application.Serving;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Telemetry;
using BorderScreening.Application.Thresholds;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Screening;

/// <summary>
/// Screens the valid records of a batch: pseudonymise → count at each record's own time → score →
/// store (assessment, case, outbox entry and history rows in one transaction) → publish the hit →
/// recount the records a late record joined. Invalid records are reported, never thrown; a record
/// screened before returns its stored assessment.
/// </summary>
public sealed partial class ScreeningService(
    Pseudonymiser pseudonymiser,
    INetworkCounter counter,
    ScreeningPipeline pipeline,
    IAssessmentStore store,
    OutboxRelay relay,
    TimeProvider time,
    ScreeningMetrics metrics,
    ThresholdStore thresholds,
    SnoozeFilter snoozes,
    ILogger<ScreeningService> logger,
    IFeatureSnapshot features,
    ServedVersionFollower served,
    IAuditLog audit,
    IRecordHistory history,
    IOptions<NetworkCountOptions> networkOptions,
    BookingEnrichment bookings,
    WatchlistCache watchlists,
    RandomCheckSampler randomChecks)
{
    private const int Concurrency = 16;

    // Concurrent corrections of one record are rare; a few re-reads of its head settle them.
    private const int AmendAttempts = 4;

    // Written as the actor of "assessment.amended" entries: no person acted.
    private static readonly Actor ScreeningActor = new("system:screening", "System", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction>());

    /// <summary>Screens a batch from a trusted internal caller (demo data, benchmarks, tests).</summary>
    public Task<BatchResult> ScreenAsync(ParsedBatch batch, CancellationToken cancellationToken) =>
        ScreenAsync(batch, FeedSource.Internal, cancellationToken);

    /// <summary>
    /// Screens a parsed batch sent by <paramref name="source"/>: records it may not send are refused;
    /// every other valid record is pseudonymised, the batch's sightings are recorded and counted
    /// together (one count read per distinct entity), then records are scored and saved with
    /// <see cref="Concurrency"/> in flight.
    /// </summary>
    public async Task<BatchResult> ScreenAsync(ParsedBatch batch, FeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        // One span per batch; records get none (the hot path stays free of telemetry allocations).
        using var activity = ScreeningTelemetry.Source.StartActivity("screening.batch");
        await thresholds.RefreshAsync(cancellationToken);
        await snoozes.RefreshAsync(cancellationToken);
        await watchlists.RefreshAsync(cancellationToken);
        await served.FollowAsync(cancellationToken);
        var now = time.GetUtcNow();
        // PNR matching (issue 18): listed travellers get their booking facts before scoring.
        var enriched = await bookings.EnrichAsync(batch, source, cancellationToken);
        batch = enriched.Batch;
        var refused = batch.Records.Where(r => r.IsValid && source.Refusal(r.Record!) is not null).ToHashSet(ReferenceEqualityComparer.Instance);
        var valid = batch.Records.Where(r => r.IsValid && !refused.Contains(r)).ToList();
        var indexOf = new Dictionary<ParsedRecord, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < batch.Records.Count; i++)
        {
            indexOf.TryAdd(batch.Records[i], i);
        }

        var sightings = valid.Select(r => Sighting(r.Record!, AssessmentId.For(r.Record!, source.Sender), now)
            with { CountsAs = enriched.CountsAs.GetValueOrDefault(indexOf[r]) }).ToList();
        var tally = await counter.RecordAndCountAsync(sightings, cancellationToken);
        var counts = tally.Counts;
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
                results[i] = prepared.TryGetValue(parsed, out var p) ? await ScoreAndSaveAsync(parsed, p.Sighting, p.Counts, now, ct)
                    : refused.Contains(parsed) ? Forbidden(parsed, source.Refusal(parsed.Record!)!)
                    : Rejected(parsed);
            });
        var recounted = await RecountAsync(tally.Changed, now, cancellationToken);
        if (activity is not null)
        {
            activity.SetTag("batch.records", batch.Records.Count);
            activity.SetTag("batch.screened", results.Count(r => r.Status == "screened"));
            activity.SetTag("batch.duplicates", results.Count(r => r.Status == "duplicate"));
            activity.SetTag("batch.amended", results.Count(r => r.Status == "amended"));
            activity.SetTag("batch.forbidden", results.Count(r => r.Status == "forbidden"));
            activity.SetTag("batch.rejected", results.Count(r => r.Status == "rejected"));
            activity.SetTag("batch.hits", results.Count(r => r.Status == "screened" && r.Assessment?.Risk.IsHit == true));
            activity.SetTag("batch.recounted", recounted);
        }

        // Earlier listed travellers a PNR of this batch matched are screened again, as amendments.
        return await enriched.RescreenAsync(new BatchResult(results, batch.Errors), ScreenAsync, cancellationToken);
    }

    /// <summary>Screens one parsed record from a trusted internal caller.</summary>
    public Task<RecordResult> ScreenOneAsync(ParsedRecord parsed, CancellationToken cancellationToken) =>
        ScreenOneAsync(parsed, FeedSource.Internal, cancellationToken);

    /// <summary>Screens one parsed record sent by <paramref name="source"/>.</summary>
    public async Task<RecordResult> ScreenOneAsync(ParsedRecord parsed, FeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!parsed.IsValid)
        {
            return Rejected(parsed);
        }

        var record = parsed.Record!;
        if (source.Refusal(record) is { } refusal)
        {
            return Forbidden(parsed, refusal);
        }

        await watchlists.RefreshAsync(cancellationToken);

        var now = time.GetUtcNow();
        var sighting = Sighting(record, AssessmentId.For(record, source.Sender), now);
        var tally = await counter.RecordAndCountAsync([sighting], cancellationToken);
        var result = await ScoreAndSaveAsync(parsed, sighting, tally.Counts[0], now, cancellationToken);
        await RecountAsync(tally.Changed, now, cancellationToken);
        return result;
    }

    private RecordResult Forbidden(ParsedRecord parsed, string refusal)
    {
        metrics.Rejected(parsed.Record?.Jurisdiction);
        return new RecordResult
        {
            Index = parsed.Index,
            Status = "forbidden",
            Errors = [new FieldError($"records[{parsed.Index}]", refusal)],
            Warnings = parsed.Warnings,
        };
    }

    private RecordResult Rejected(ParsedRecord parsed)
    {
        metrics.Rejected(parsed.Record?.Jurisdiction);
        return new RecordResult { Index = parsed.Index, Status = "rejected", Errors = parsed.Errors, Warnings = parsed.Warnings };
    }

    // No read before the save: a record screened before is found by the save itself (the assessment's
    // add fails with 409 and the stored one is returned), and its sightings were added once already.
    private async Task<RecordResult> ScoreAndSaveAsync(ParsedRecord parsed, NetworkSighting sighting, NetworkCounts counts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = parsed.Record!;
        var id = sighting.RecordId;
        var context = new ScreeningContext(record, sighting.Pseudonyms, counts, now);
        var scored = new Scored(record, sighting.Pseudonyms, pipeline.Score(context), counts, now, parsed.Warnings);
        // A record nobody flagged may still go to review as a random check (issue 20): the unbiased
        // negatives training needs and the estimate of what the rules and model miss.
        var randomCheck = scored.IsHit ? null : await randomChecks.DrawAsync(record.Jurisdiction, now, scored.Result.Risk.Deadline, cancellationToken);
        var assessment = scored.Assessment(id, caseId: scored.IsHit || randomCheck is not null ? id : null);
        var hit = scored.IsHit ? scored.Routing(id, id, 1)
            : randomCheck is null ? null
            : scored.Routing(id, id, 1) with { RandomCheck = true, InclusionProbability = randomCheck.InclusionProbability, Deadline = randomCheck.Deadline };
        var reviewCase = hit is null ? null : scored.Case(hit, now);
        var contentHash = RecordContent.Hash(record);
        var monitoring = new MonitoringFacts(AuditGroup.Of(record, DateOnly.FromDateTime(now.UtcDateTime)), features.Extract(context), features.SchemaId);
        SaveOutcome saved;
        // Hits are rare, so their write (assessment, case and outbox entry in one transaction) gets
        // its own span; the plain assessment writes of non-hits are covered by the batch span.
        using (var persist = hit is null ? null : ScreeningTelemetry.Source.StartActivity("screening.persist_hit"))
        {
            persist?.SetTag("jurisdiction", record.Jurisdiction.ToCode());
            persist?.SetTag("band", scored.Result.Risk.Band.ToString());
            saved = await store.SaveAsync(assessment, reviewCase, hit, now, monitoring, contentHash, scored.Filing(assessment, assessment.EventAt), cancellationToken);
            persist?.SetTag("outcome", saved.Created ? "created" : "stored-before");
        }

        if (!saved.Created)
        {
            // A plain repeat (the common case: a retry) is answered from the save's own read; stored
            // before hashes were kept counts as a repeat, as it always did.
            return saved.StoredContentHash is null || saved.StoredContentHash == contentHash
                ? Duplicate(parsed, saved.Stored)
                : await RepeatOrAmendAsync(parsed, scored, id, contentHash, monitoring, Amendment.Correction, cancellationToken);
        }

        metrics.Screened(assessment);
        logger.LogInformation(
            "Screened {AssessmentId} in {Jurisdiction}: band {Band}, hit {IsHit}, random check {RandomCheck}", id, record.Jurisdiction.ToCode(), scored.Result.Risk.Band, scored.IsHit, randomCheck is not null);

        if (hit is not null)
        {
            await relay.TryPublishAsync(OutboxEntry.New(hit, now), cancellationToken);
        }

        return new RecordResult { Index = parsed.Index, AssessmentId = id, Status = "screened", Assessment = assessment, Warnings = parsed.Warnings };
    }

    /// <summary>
    /// The record was stored before. Same content as a stored version: a repeat, answered with that
    /// version. Other content: a correction, stored as the next version and linked to the one it
    /// corrects; an existing case follows it (updated, not duplicated) and a new hit gets a case.
    /// </summary>
    private async Task<RecordResult> RepeatOrAmendAsync(ParsedRecord parsed, Scored scored, string firstId, string contentHash, MonitoringFacts monitoring, Amendment kind, CancellationToken cancellationToken)
    {
        var versionId = AssessmentId.ForVersion(firstId, contentHash);
        for (var attempt = 0; attempt < AmendAttempts; attempt++)
        {
            var head = await store.GetHeadAsync(firstId, cancellationToken)
                ?? throw new InvalidOperationException("A stored record has no head.");

            // Stored before hashes were kept: treated as a repeat, as it always was.
            if (head.FirstContentHash is null || head.FirstContentHash == contentHash)
            {
                return Duplicate(parsed, head.First);
            }

            if (await store.GetAsync(versionId, cancellationToken) is { } storedVersion)
            {
                return Duplicate(parsed, storedVersion);
            }

            // One case per record: it keeps the first id whichever version made it.
            var caseId = scored.IsHit || head.Latest.CaseId is not null ? firstId : null;
            var amendment = scored.Assessment(versionId, caseId) with { Version = head.Latest.Version + 1, Amends = head.Latest.Id };
            var existing = caseId is null ? null : await store.GetCaseAsync(firstId, cancellationToken);
            var hit = caseId is null ? null : scored.Routing(caseId, versionId, amendment.Version);
            if (hit is not null && !scored.IsHit && existing is { RandomCheck: true })
            {
                // A corrected random check stays one: its label keeps the probability it was drawn with.
                hit = hit with { RandomCheck = true, InclusionProbability = existing.InclusionProbability, Deadline = existing.Deadline };
            }

            var reviewCase = hit is null ? null : scored.Case(hit, existing?.CreatedAt ?? scored.Now);
            var filedAt = head.First.EventAt == default ? amendment.EventAt : head.First.EventAt;
            var outcome = await store.SaveAmendmentAsync(amendment, head, reviewCase, hit, scored.Now, monitoring, contentHash, scored.Filing(amendment with { Id = firstId }, filedAt), cancellationToken);
            if (outcome == AmendOutcome.Duplicate)
            {
                return Duplicate(parsed, await store.GetAsync(versionId, cancellationToken) ?? head.Latest);
            }

            if (outcome == AmendOutcome.Stored)
            {
                metrics.Screened(amendment);
                logger.LogInformation("Screened {AssessmentId} in {Jurisdiction} as version {Version} of {FirstId}", versionId, amendment.Jurisdiction.ToCode(), amendment.Version, firstId);
                await audit.WriteAsync(
                    ScreeningActor, kind.AuditAction, amendment.Jurisdiction, caseId,
                    $"{versionId} (version {amendment.Version}, band {amendment.Risk.Band}) {kind.Verb} {head.Latest.Id} (version {head.Latest.Version}, band {head.Latest.Risk.Band})",
                    cancellationToken);
                if (hit is not null)
                {
                    await relay.TryPublishAsync(OutboxEntry.New(hit, scored.Now), cancellationToken);
                }

                return new RecordResult { Index = parsed.Index, AssessmentId = versionId, Status = "amended", Assessment = amendment, Warnings = parsed.Warnings };
            }
        }

        throw new InvalidOperationException($"The record {firstId} kept changing while a correction was stored; retry.");
    }

    private static RecordResult Duplicate(ParsedRecord parsed, Assessment stored) =>
        new() { Index = parsed.Index, AssessmentId = stored.Id, Status = "duplicate", Assessment = stored, Warnings = parsed.Warnings };

    /// <summary>A scored record, and the assessment, routing and case made from it.</summary>
    private sealed record Scored(ScreeningRecord Record, Pseudonyms Pseudonyms, ScoredRecord Result, NetworkCounts Counts, DateTimeOffset Now, IReadOnlyList<string> Warnings)
    {
        public bool IsHit => Result.Risk.IsHit;

        public Assessment Assessment(string id, string? caseId) => new()
        {
            Id = id,
            Kind = Record.Kind,
            Jurisdiction = Record.Jurisdiction,
            SourceSystem = Record.SourceSystem,
            ScreenedAt = Now,
            EventAt = EventTime.Of(Record, Now),
            Risk = Result.Risk,
            Indicators = Result.Indicators,
            Model = Result.Model,
            ShadowModel = Result.ShadowModel,
            CatalogueVersion = Result.Indicators.CatalogueVersion,
            ModelVersion = Result.Model.ModelVersion,
            CaseId = caseId,
            NetworkCounts = Counts.All.ToDictionary(c => $"{c.Key.Type}/{c.Key.WindowDays}d", c => c.Value),
            Warnings = Warnings,
        };

        public HitRouting Routing(string caseId, string assessmentId, int version) => new()
        {
            CaseId = caseId,
            AssessmentId = assessmentId,
            Version = version,
            Jurisdiction = Record.Jurisdiction,
            Priority = Result.Risk.Priority,
            Deadline = Result.Risk.Deadline ?? Now,
            Score = Result.Risk.Score,
            Band = Result.Risk.Band,
            Typologies = Result.Indicators.Fired.Where(f => f.Weight > 0).Select(f => f.Typology).Distinct().ToList(),
            ForcedReview = Result.Risk.ForcedReview,
        };

        /// <summary>The history rows filed with <paramref name="assessment"/> (its id the record's first id).</summary>
        public RecordFiling Filing(Assessment assessment, DateTimeOffset filedAt) => new(
            new HistoryEntry
            {
                Id = assessment.Id,
                Jurisdiction = assessment.Jurisdiction,
                FiledAt = filedAt,
                EventAt = assessment.EventAt,
                ScreenedAt = Now,
                Record = HistoryRecord.Of(Record, assessment.Id, assessment.EventAt),
                Counts = assessment.NetworkCounts,
                Version = assessment.Version,
                Band = assessment.Risk.Band,
                IsHit = assessment.Risk.IsHit,
                Fired = [.. assessment.Indicators.Fired.Select(f => f.Id)],
                CaseId = assessment.CaseId,
                CatalogueVersion = assessment.CatalogueVersion,
            },
            Record);

        public ReviewCase Case(HitRouting routing, DateTimeOffset createdAt) => new(routing)
        {
            CreatedAt = createdAt,
            EntityHashes = Pseudonyms.Entities,
            Record = Record,
        };
    }
}
