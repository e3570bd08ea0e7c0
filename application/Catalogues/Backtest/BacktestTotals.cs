namespace BorderScreening.Application.Catalogues.Backtest;

/// <summary>Hit counts for one catalogue.</summary>
/// <param name="Hits">Records that are hits.</param>
/// <param name="ForcedReviews">Hits forced by an indicator.</param>
/// <param name="Confirmed">Hits whose reviewed outcome is confirmed.</param>
/// <param name="Cleared">Hits whose reviewed outcome is cleared.</param>
/// <param name="ConfirmedMissed">Confirmed records that are not hits.</param>
public sealed record BacktestTotals(int Hits, int ForcedReviews, int Confirmed, int Cleared, int ConfirmedMissed);
