namespace BorderScreening.Application.Catalogues.Backtest;

/// <summary>Counts for one indicator under one catalogue.</summary>
/// <param name="Fired">Records it fired on (active or shadow).</param>
/// <param name="NotEvaluated">Records it could not be evaluated on.</param>
/// <param name="Confirmed">Reviewed records it fired on that were confirmed.</param>
/// <param name="Cleared">Reviewed records it fired on that were cleared.</param>
public sealed record IndicatorBacktestCounts(int Fired, int NotEvaluated, int Confirmed, int Cleared);
