namespace BorderScreening.Application.Catalogues;

/// <summary>
/// Supplies the records a stored candidate is backtested on. The model project provides generated
/// records with labels (stored assessments keep clear data only for hits, so they are no fair sample).
/// </summary>
public interface IBacktestSampleSource
{
    /// <summary>A reproducible sample of <paramref name="count"/> records from <paramref name="seed"/>.</summary>
    BacktestSample Create(int count, int seed);
}
