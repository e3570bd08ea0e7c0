using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Application.Screening;

/// <summary>
/// The late-record rule (docs/network-counts.md): a record whose own time is earlier than records
/// already counted joins their windows; each of those whose own time is within the allowed lateness
/// is counted again from storage and judged again: when the new counts change its conclusion (band,
/// hit, indicators fired) and it has no case yet, it is stored as its next version
/// ("assessment.recounted") and a new hit gets its case; otherwise its history entry takes the final
/// counts and nothing else moves. Older assessments keep their counts; the late record still counts for itself and for
/// every record after it.
/// </summary>
public sealed partial class ScreeningService
{
    private NetworkSighting Sighting(ScreeningRecord record, string id, DateTimeOffset now) =>
        new(record.Jurisdiction, id, pseudonymiser.Pseudonymise(record), EventTime.Of(record, now));

    /// <summary>Recounts the records a batch's late records joined; returns how many got a new version.</summary>
    private async Task<int> RecountAsync(IReadOnlyList<LateSighting> changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = now.AddDays(-networkOptions.Value.AllowedLatenessDays);
        var recounted = 0;
        foreach (var late in changed.Where(c => c.EventAt >= horizon))
        {
            recounted += await RecountOneAsync(late, now, cancellationToken) ? 1 : 0;
        }

        return recounted;
    }

    private async Task<bool> RecountOneAsync(LateSighting late, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Not stored yet (screened concurrently: it counts for itself) or past the horizon: nothing to redo.
        if (await store.GetHeadAsync(late.RecordId, cancellationToken) is not { } head
            || await history.GetRecentAsync(late.RecordId, head.First.EventAt == default ? late.EventAt : head.First.EventAt, cancellationToken) is not { } record)
        {
            return false;
        }

        var sighting = new NetworkSighting(late.Jurisdiction, late.RecordId, pseudonymiser.Pseudonymise(record), late.EventAt);
        var counts = await counter.CountAsync(sighting, cancellationToken);
        var keyed = counts.All.ToDictionary(c => $"{c.Key.Type}/{c.Key.WindowDays}d", c => c.Value);
        if (SameCounts(keyed, head.Latest.NetworkCounts))
        {
            return false;
        }

        var context = new ScreeningContext(record, sighting.Pseudonyms, counts, now);
        var scored = new Scored(record, sighting.Pseudonyms, pipeline.Score(context), counts, now, head.Latest.Warnings);
        var filedAt = head.First.EventAt == default ? late.EventAt : head.First.EventAt;
        // What the counts alone change: the same record judged now with the counts it had, so a
        // catalogue or list changed since its screening never passes for the late record's effect.
        var before = pipeline.Score(context with { Counts = NetworkCounts.FromKeys(head.Latest.NetworkCounts) });
        if (head.Latest.CaseId is not null || SameConclusion(scored.Result, before))
        {
            // Nothing a person would act on changed, or people already have the case (a reviewer sees
            // the linked records there; a decided case is not reopened for a count): no new version;
            // the history keeps the final counts so a replay judges the record as in event order.
            await history.ReplaceAsync(scored.Filing(head.Latest with { Id = late.RecordId, NetworkCounts = keyed }, filedAt).History, cancellationToken);
            return false;
        }

        var monitoring = new MonitoringFacts(AuditGroup.Of(record, DateOnly.FromDateTime(now.UtcDateTime)), features.Extract(context), features.SchemaId);
        // A recount is a version of its own: the content is the same, the counts it was judged on are not.
        var versionKey = RecordContent.Hash(record) + "|counts|" + string.Join(',', keyed.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        var parsed = ParsedRecord.Valid(0, record, head.Latest.Warnings);
        var result = await RepeatOrAmendAsync(parsed, scored, late.RecordId, RecordContent.HashText(versionKey), monitoring, Amendment.Recount, cancellationToken);
        if (result.Status == "amended")
        {
            logger.LogInformation("Recounted {AssessmentId} in {Jurisdiction} after a late record: band {Band}", late.RecordId, late.Jurisdiction.ToCode(), result.Assessment?.Risk.Band);
            return true;
        }

        return false;
    }

    // Same band, same hit verdict and the same indicators fired.
    private static bool SameConclusion(ScoredRecord after, ScoredRecord before) =>
        after.Risk.Band == before.Risk.Band
        && after.Risk.IsHit == before.Risk.IsHit
        && after.Indicators.Fired.Select(f => f.Id).Order(StringComparer.Ordinal)
            .SequenceEqual(before.Indicators.Fired.Select(f => f.Id).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    // Stored counts come back with camel-cased keys ("sponsor/30d"), so keys compare ignoring case.
    private static bool SameCounts(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var stored = b.ToDictionary(c => c.Key, c => c.Value, StringComparer.OrdinalIgnoreCase);
        return a.Count == stored.Count && a.All(c => stored.TryGetValue(c.Key, out var other) && other == c.Value);
    }

    /// <summary>Why a record got a next version: how it is audited and worded.</summary>
    /// <param name="AuditAction">The audit action.</param>
    /// <param name="Verb">How the audit entry links the versions.</param>
    private sealed record Amendment(string AuditAction, string Verb)
    {
        public static Amendment Correction { get; } = new("assessment.amended", "corrects");

        public static Amendment Recount { get; } = new("assessment.recounted", "recounts");

        public static Amendment Observation { get; } = new("assessment.observed", "adds observations to");
    }
}
