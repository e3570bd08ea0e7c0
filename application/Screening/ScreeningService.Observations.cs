using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Screening;

/// <summary>
/// An officer's observations (docs/review-api.md "Observations"): the stored record, with the
/// observations added, is screened again through the amendment path — the next version, linked to
/// the one it amends, its case updated and never duplicated.
/// </summary>
public sealed partial class ScreeningService
{
    /// <summary>
    /// Screens <paramref name="record"/> (a stored record with new facts added by a person) again as the
    /// next version of the record first stored as <paramref name="firstId"/>, judged with the network
    /// counts as they stand now (as a correction from a feed is). The same content as a stored version
    /// is answered with that version ("duplicate").
    /// </summary>
    public async Task<RecordResult> RescreenAsync(string firstId, ScreeningRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await thresholds.RefreshAsync(cancellationToken);
        await snoozes.RefreshAsync(cancellationToken);
        await watchlists.RefreshAsync(cancellationToken);
        await served.FollowAsync(cancellationToken);
        var head = await store.GetHeadAsync(firstId, cancellationToken)
            ?? throw new InvalidOperationException("Only a stored record can be screened again.");
        var now = time.GetUtcNow();
        // The record's own time stays the first version's: new facts do not move it in the windows.
        var eventAt = head.First.EventAt == default ? EventTime.Of(record, now) : head.First.EventAt;
        var sighting = new NetworkSighting(record.Jurisdiction, firstId, pseudonymiser.Pseudonymise(record), eventAt);
        var counts = await counter.CountAsync(sighting, cancellationToken);
        var context = new ScreeningContext(record, sighting.Pseudonyms, counts, now);
        var scored = new Scored(record, sighting.Pseudonyms, pipeline.Score(context), counts, now, head.Latest.Warnings);
        var monitoring = new MonitoringFacts(AuditGroup.Of(record, DateOnly.FromDateTime(now.UtcDateTime)), features.Extract(context));
        var parsed = ParsedRecord.Valid(0, record, head.Latest.Warnings);
        return await RepeatOrAmendAsync(parsed, scored, firstId, RecordContent.Hash(record), monitoring, Amendment.Observation, cancellationToken);
    }
}
