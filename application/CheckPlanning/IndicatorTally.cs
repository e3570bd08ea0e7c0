namespace BorderScreening.Application.CheckPlanning;

/// <summary>An indicator and on how many of an entity's hits it fired.</summary>
/// <param name="Id">Indicator id.</param>
/// <param name="Hits">Hits it fired on.</param>
public sealed record IndicatorTally(string Id, int Hits);
