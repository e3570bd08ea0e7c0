using System.Globalization;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// One row of the watchlist change log. It names what changed, not how: a reader applies it by
/// reading the current state of what it names, so applying a change twice, or late, is harmless.
/// </summary>
/// <param name="Key">Time-ordered key ("{UTC ticks:D19}-{random}"), written after the data it names.</param>
/// <param name="Kind">What changed.</param>
/// <param name="ListId">The list.</param>
/// <param name="EntryId">The entry, for <see cref="WatchlistChangeKind.Entry"/>.</param>
public sealed record WatchlistChange(string Key, WatchlistChangeKind Kind, string ListId, string? EntryId)
{
    /// <summary>When the change was logged (the writer's clock).</summary>
    public DateTimeOffset LoggedAt => new(long.Parse(Key.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero);

    /// <summary>The key prefix of <paramref name="time"/>: every key logged after it sorts above it.</summary>
    public static string KeyAt(DateTimeOffset time) => time.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
