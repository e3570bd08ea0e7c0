namespace BorderScreening.Hosting.Tests.Telemetry;

/// <summary>
/// The activity source is static and meter listeners see every meter of its name in the process, so
/// telemetry tests run alone, after the parallel ones: nothing else screens while they count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
