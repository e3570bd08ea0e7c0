using BorderScreening.Domain.Scoring;

namespace BorderScreening.Domain.Indicators;

/// <summary>Evaluates the indicator catalogue in service on a record.</summary>
public interface IIndicatorEvaluator
{
    /// <summary>Version of the catalogue in service.</summary>
    string CatalogueVersion { get; }

    /// <summary>Evaluates every indicator that applies to the record's kind. Pure and thread-safe.</summary>
    IndicatorOutcome Evaluate(ScreeningContext context);
}
