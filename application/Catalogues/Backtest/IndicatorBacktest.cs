using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Backtest;

/// <summary>One indicator in both catalogues.</summary>
public sealed record IndicatorBacktest(
    string Id,
    IndicatorStatus? InServiceStatus,
    IndicatorStatus? CandidateStatus,
    IndicatorBacktestCounts InService,
    IndicatorBacktestCounts Candidate,
    IReadOnlyDictionary<Jurisdiction, (int InService, int Candidate)> FiredByJurisdiction);
