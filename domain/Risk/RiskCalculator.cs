using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using Microsoft.Extensions.Options;

namespace BorderScreening.Domain.Risk;

/// <summary>
/// Combines rules and model into one score:
/// <c>score = 1 − (1 − r)^w · (1 − p)^(1 − w)</c> with rules score r, model probability p and rules
/// weight w. It is monotone (non-decreasing) in both r and p, equals r when p = r, and is 0 only when
/// both are 0. A forced-review indicator makes a hit whatever the score.
/// </summary>
public sealed class RiskCalculator(IOptions<RiskOptions> options, IThresholdSource? thresholds = null)
{
    /// <summary>Scores one record.</summary>
    public RiskResult Calculate(ScreeningContext context, IndicatorOutcome indicators, ModelOutput model, double? thresholdOverride = null)
    {
        var o = options.Value;
        var r = Math.Clamp(indicators.RulesScore, 0, 1);
        var p = Math.Clamp(model.Probability, 0, 1);
        var w = Math.Clamp(o.RulesWeight, 0, 1);
        var score = 1 - (Math.Pow(1 - r, w) * Math.Pow(1 - p, 1 - w));
        var threshold = thresholdOverride ?? thresholds?.Current(context.Record.Jurisdiction) ?? o.ThresholdFor(context.Record.Jurisdiction);
        var forced = indicators.ForcedReview;
        var isHit = forced || score >= threshold;
        var band = score >= threshold ? RiskBand.High : score >= threshold / 2 ? RiskBand.Medium : RiskBand.Low;
        var deadline = Deadline(context, o);
        return new RiskResult
        {
            Score = Math.Round(score, 6),
            Band = band,
            RulesScore = r,
            ModelProbability = p,
            Threshold = threshold,
            ForcedReview = forced,
            IsHit = isHit,
            Deadline = isHit ? deadline : null,
            Priority = isHit ? Priority(score, indicators, deadline, context.ScreenedAt) : 5,
        };
    }

    /// <summary>
    /// A traveller's review must finish before arrival; a permit within the configured period.
    /// </summary>
    public static DateTimeOffset Deadline(ScreeningContext context, RiskOptions options) => context.Record switch
    {
        TravellerRecord t when t.Direction == Direction.Arrival && t.ScheduledArrival() is { } arrival && arrival > context.ScreenedAt => arrival,
        TravellerRecord t when t.Legs.Count > 0 && t.Legs[0].ScheduledDeparture is { } departure && departure > context.ScreenedAt => departure,
        TravellerRecord => context.ScreenedAt + options.TravellerFallbackPeriod,
        _ => context.ScreenedAt + options.PermitReviewPeriod,
    };

    /// <summary>Children first, then forced reviews, then tight deadlines and high scores.</summary>
    private static int Priority(double score, IndicatorOutcome indicators, DateTimeOffset deadline, DateTimeOffset now)
    {
        if (indicators.Fired.Any(f => f.Typology == Typology.ChildTrafficking && f.Weight > 0))
        {
            return 1;
        }

        var hoursLeft = (deadline - now).TotalHours;
        var priority = score >= 0.8 || indicators.ForcedReview ? 2 : score >= 0.6 ? 3 : 4;
        return hoursLeft < 6 ? Math.Max(1, priority - 1) : priority;
    }
}
