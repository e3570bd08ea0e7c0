using BorderScreening.Application.Catalogues;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Backtests on generated records with their observed labels as reviewed outcomes — the same sample
/// the <c>screening backtest</c> command uses, so a host's answer and the CLI's agree for one seed.
/// </summary>
public sealed class SyntheticBacktestSample : IBacktestSampleSource
{
    /// <inheritdoc />
    public BacktestSample Create(int count, int seed)
    {
        var examples = new SyntheticDataGenerator(new SyntheticOptions { Seed = seed, Count = count }).Generate();
        var outcomes = examples
            .Where(e => e.ObservedLabel is not null)
            .GroupBy(e => e.Record.SourceIdentity())
            .ToDictionary(g => g.Key, g => g.First().ObservedLabel == true ? "confirmed" : "cleared");
        return new BacktestSample(
            examples.Select(e => e.ToContext()).ToList(),
            outcomes,
            $"{examples.Count} generated records (seed {seed}) with their observed labels as reviewed outcomes");
    }
}
