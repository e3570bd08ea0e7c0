using BorderScreening.Core.Records;

namespace BorderScreening.Core.Indicators.Backtest;

/// <summary>Totals for one jurisdiction.</summary>
public sealed record JurisdictionBacktest(Jurisdiction Jurisdiction, int Records, BacktestTotals InService, BacktestTotals Candidate);
