using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Domain.Pipeline;

/// <summary>
/// Reviewers' snoozes as the scoring path sees them: fired indicators that a reviewer snoozed for an
/// entity the record names stop counting. The application keeps the snoozes; the pipeline only asks.
/// </summary>
public interface IIndicatorSnoozes
{
    /// <summary>The outcome without snoozed indicators, scores recomputed; unchanged when none apply.</summary>
    IndicatorOutcome Apply(IndicatorOutcome outcome, ScreeningContext context);
}
