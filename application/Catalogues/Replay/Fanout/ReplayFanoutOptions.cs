namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>Settings of fanned-out replays (section "ReplayFanout").</summary>
public sealed class ReplayFanoutOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ReplayFanout";

    /// <summary>
    /// Parts (shard-days) per slice: 56 is a week of one jurisdiction's 8 shards, about 15,000 records
    /// at a quarter's 200,000, a few seconds' work, so a year of four jurisdictions is about 210 slices.
    /// </summary>
    public int PartsPerSlice { get; set; } = 56;

    /// <summary>Readers in flight within one slice.</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>How long a taken slice stays hidden from other workers (seconds); one not done by then is run again.</summary>
    public int VisibilitySeconds { get; set; } = 600;

    /// <summary>
    /// Runs of a slice before it counts as failed (the Functions host's queues.maxDequeueCount in
    /// host.json is the same 5: after it the message goes to replay-slices-poison).
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Slices the local host's worker runs at once (Azure scales the queue trigger instead).</summary>
    public int LocalWorkers { get; set; } = 2;

    /// <summary>Whether the settings are usable.</summary>
    public bool IsValid => PartsPerSlice is >= 1 and <= 10_000 && Parallelism is >= 1 and <= 64 && VisibilitySeconds is >= 30 and <= 604_800 && LocalWorkers is >= 1 and <= 16 && MaxAttempts is >= 1 and <= 100;
}
