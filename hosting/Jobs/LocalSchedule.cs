namespace BorderScreening.Hosting.Jobs;

/// <summary>
/// When the local host runs a job: a fixed interval, usually shorter than the Azure schedule so a demo
/// or a test sees the effect in seconds. <c>Jobs:{name}:Interval</c> overrides it.
/// </summary>
/// <param name="Interval">Time between runs.</param>
/// <param name="RunAtStart">Also run once at start, before the first interval.</param>
public sealed record LocalSchedule(TimeSpan Interval, bool RunAtStart = false);
