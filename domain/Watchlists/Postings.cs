namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// Blocking key → entries, in two flat arrays sorted by key (no list per key): built in one sort,
/// small in memory, and read as a span per key.
/// </summary>
internal sealed class Postings(Dictionary<ulong, (int Start, int Count)> ranges, int[] entries)
{
    /// <summary>Whether any key is indexed.</summary>
    public bool IsEmpty => ranges.Count == 0;

    /// <summary>The entries holding <paramref name="key"/>.</summary>
    public ReadOnlySpan<int> Find(ulong key) =>
        ranges.TryGetValue(key, out var range) ? entries.AsSpan(range.Start, range.Count) : [];
}
