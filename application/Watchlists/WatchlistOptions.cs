namespace BorderScreening.Application.Watchlists;

/// <summary>Settings of the watchlists (section "Watchlists").</summary>
public sealed class WatchlistOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Watchlists";

    /// <summary>How often an instance checks the stored version (seconds); a change is in force everywhere within this.</summary>
    public int RefreshSeconds { get; set; } = 5;

    /// <summary>The most lines one CSV import may hold.</summary>
    public int MaxImportLines { get; set; } = 100_000;

    /// <summary>Whether the settings are usable.</summary>
    public bool IsValid => RefreshSeconds is >= 1 and <= 3600 && MaxImportLines > 0;
}
