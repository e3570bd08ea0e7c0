using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Backtest;

/// <summary>Totals for one jurisdiction.</summary>
public sealed record JurisdictionBacktest(Jurisdiction Jurisdiction, int Records, BacktestTotals InService, BacktestTotals Candidate);
