namespace BorderScreening.LocalHost;

/// <summary>
/// Local switches for one job, bound per job from <c>Jobs:{name}</c> (for example
/// <c>Jobs:DrainHitQueues:Interval = 00:00:00.250</c> in a test that wants hits in the worklist fast).
/// Only the local host reads them; the Functions timers follow the table's schedules.
/// </summary>
public sealed class JobLoopOptions
{
    /// <summary>Configuration section holding one subsection per job name.</summary>
    public const string SectionName = "Jobs";

    /// <summary>False keeps the job's loop idle (a test that drives the service itself).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Replaces the table's local interval when set.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>
    /// A staged outage (the load test's intake outage): the job skips its runs from this long after
    /// the loop starts until <see cref="OutageFor"/> later. No outage when either is unset.
    /// </summary>
    public TimeSpan? OutageAfter { get; set; }

    /// <summary>How long the staged outage lasts.</summary>
    public TimeSpan? OutageFor { get; set; }
}
