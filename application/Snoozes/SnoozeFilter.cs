using System.Collections.Concurrent;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Snoozes;

/// <summary>
/// Applies reviewers' snoozes to the scoring path: a fired indicator snoozed for an entity the record
/// names (same keyed hash) moves to <see cref="IndicatorOutcome.Snoozed"/> and no longer counts.
/// Active snoozes are held in memory per jurisdiction and reloaded at most once a minute.
/// </summary>
public sealed class SnoozeFilter(ISnoozeStore store, IndicatorCatalogueHolder catalogue, TimeProvider time) : IIndicatorSnoozes
{
    private readonly ConcurrentDictionary<Jurisdiction, IReadOnlyList<(string IndicatorId, string EntityHash, DateTimeOffset Until)>> _active = new();
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    /// <summary>Reloads active snoozes when the cached ones are over a minute old.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _loadedAt < TimeSpan.FromMinutes(1))
        {
            return;
        }

        var byJurisdiction = JurisdictionCodes.All.ToDictionary(j => j, _ => new List<(string, string, DateTimeOffset)>());
        foreach (var snooze in await store.ActiveAsync(null, now, cancellationToken))
        {
            byJurisdiction[snooze.Jurisdiction].Add((snooze.IndicatorId, snooze.EntityHash, snooze.ExpiresAt));
        }

        foreach (var (j, list) in byJurisdiction)
        {
            _active[j] = list;
        }

        _loadedAt = now;
    }

    /// <summary>Forgets the cache so the next refresh reloads (after a snooze is set or lifted).</summary>
    public void Invalidate() => _loadedAt = DateTimeOffset.MinValue;

    /// <summary>The outcome without snoozed indicators, scores recomputed; unchanged when none apply.</summary>
    public IndicatorOutcome Apply(IndicatorOutcome outcome, ScreeningContext context)
    {
        if (outcome.Fired.Count == 0 || !_active.TryGetValue(context.Record.Jurisdiction, out var snoozes) || snoozes.Count == 0)
        {
            return outcome;
        }

        // A snooze set before the jurisdiction's key rotated names the entity by its old hash; inside the
        // rotation window the record carries that hash too, so the snooze keeps applying.
        var hashes = context.Pseudonyms.Entities.Values
            .Concat(context.Pseudonyms.PreviousEntities.Values.SelectMany(older => older))
            .ToHashSet(StringComparer.Ordinal);
        var snoozed = outcome.Fired
            .Where(f => snoozes.Any(s => s.IndicatorId == f.Id && s.Until > context.ScreenedAt && hashes.Contains(s.EntityHash)))
            .ToList();
        if (snoozed.Count == 0)
        {
            return outcome;
        }

        var kept = outcome.Fired.Except(snoozed).ToList();
        var (typologies, rules) = TypologyScoring.Score(kept, catalogue.Current.Scale);
        return outcome with { Fired = kept, Snoozed = snoozed, TypologyScores = typologies, RulesScore = rules };
    }
}
