using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Catalogues;

/// <summary>Records to backtest on, with reviewed outcomes by source identity, and what they are.</summary>
/// <param name="Contexts">The records with their counts and screening time.</param>
/// <param name="Outcomes">Reviewed outcomes ("confirmed", "cleared") by <c>SourceIdentity()</c>.</param>
/// <param name="Description">Where the records come from, shown with the report.</param>
public sealed record BacktestSample(IReadOnlyList<ScreeningContext> Contexts, IReadOnlyDictionary<string, string> Outcomes, string Description);
