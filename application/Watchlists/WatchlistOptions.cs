namespace BorderScreening.Application.Watchlists;

/// <summary>Settings of the watchlists (section "Watchlists").</summary>
public sealed class WatchlistOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Watchlists";

    /// <summary>How often an instance checks the stored version (seconds); a change is in force everywhere within this.</summary>
    public int RefreshSeconds { get; set; } = 5;

    /// <summary>
    /// How far back (seconds) each refresh re-reads the change log before its last read: a change
    /// written by an instance whose clock lags, or still in flight when the log was read, is then still
    /// applied. Changes already applied are skipped.
    /// </summary>
    public int ChangeOverlapSeconds { get; set; } = 120;

    /// <summary>
    /// How often (seconds) an instance that applied changes replaces the stored snapshot, which starting
    /// instances load instead of paging the table.
    /// </summary>
    public int SnapshotSeconds { get; set; } = 300;

    /// <summary>
    /// Hours the change log is kept behind the newest snapshot: after writing a snapshot an instance
    /// prunes the log older than that (less the overlap). An instance that looked last before the
    /// pruned point loads the snapshot again instead of reading the log.
    /// </summary>
    public int ChangeLogKeepHours { get; set; } = 24;

    /// <summary>The most lines one CSV import may hold.</summary>
    public int MaxImportLines { get; set; } = 100_000;

    /// <summary>Whether the settings are usable.</summary>
    public bool IsValid => RefreshSeconds is >= 1 and <= 3600 && MaxImportLines > 0 && ChangeOverlapSeconds is >= 1 and <= 3600 && SnapshotSeconds >= 1 && ChangeLogKeepHours >= 1;
}
