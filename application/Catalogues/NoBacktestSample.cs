namespace BorderScreening.Application.Catalogues;

/// <summary>The stand-in when no record source is registered (the model project registers generated records).</summary>
public sealed class NoBacktestSample : IBacktestSampleSource
{
    /// <inheritdoc />
    public BacktestSample Create(int count, int seed) =>
        new([], new Dictionary<string, string>(), "no record source is configured; register the model services");
}
