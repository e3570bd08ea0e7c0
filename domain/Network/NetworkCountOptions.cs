namespace BorderScreening.Domain.Network;

/// <summary>The late-record rule for network counts (docs/network-counts.md).</summary>
public sealed class NetworkCountOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Network";

    /// <summary>
    /// How long after its own time an assessment may still be revisited when a late record joins one
    /// of its windows: an assessment whose record's time is longer ago than this keeps its counts (the
    /// late record still counts for itself and for everything after it). Also how long the full record
    /// is kept for such a recount.
    /// </summary>
    public int AllowedLatenessDays { get; set; } = 7;

    /// <summary>Whether the options are usable.</summary>
    public bool IsValid => AllowedLatenessDays is >= 0 and <= 90;
}
