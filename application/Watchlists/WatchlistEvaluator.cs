using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// Puts the record's list matches into the context before the catalogue is evaluated, so the
/// catalogue's <c>watchlist</c> indicators fire like any other and flow through risk, explanation,
/// review and signals. Screening itself stays as it is: this wraps the evaluator it already uses.
/// </summary>
public sealed class WatchlistEvaluator(IIndicatorEvaluator inner, WatchlistCache cache) : IIndicatorEvaluator
{
    /// <inheritdoc />
    public string CatalogueVersion => inner.CatalogueVersion;

    /// <inheritdoc />
    public IndicatorOutcome Evaluate(ScreeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = cache.Current;
        if (index.Count == 0)
        {
            return inner.Evaluate(context);
        }

        var matches = index.Match(context.Record, context.Pseudonyms, DateOnly.FromDateTime(context.ScreenedAt.UtcDateTime));
        return inner.Evaluate(matches.All.Count == 0 ? context : context with { Watchlist = matches });
    }
}
