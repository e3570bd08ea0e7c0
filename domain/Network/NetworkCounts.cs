using BorderScreening.Domain.Records;
namespace BorderScreening.Domain.Network;

/// <summary>
/// Counts of distinct records naming the same entity whose own time (<see cref="EventTime"/>) falls
/// in a window ending at this record's own time — [t − window, t], the record itself included — so a
/// record sent late counts where it happened, never as "now" (docs/network-counts.md).
/// </summary>
public sealed class NetworkCounts
{
    /// <summary>The windows counted, in days.</summary>
    public static IReadOnlyList<int> Windows { get; } = [7, 30, 90];

    private readonly Dictionary<(NetworkEntityType, int), int> _counts = [];

    /// <summary>No counts (entity absent or counting unavailable).</summary>
    public static NetworkCounts Empty { get; } = new();

    /// <summary>Sets the count of records naming the entity in the window.</summary>
    public void Set(NetworkEntityType type, int windowDays, int count) => _counts[(type, windowDays)] = count;

    /// <summary>The count, or null when the record names no such entity.</summary>
    public int? Get(NetworkEntityType type, int windowDays) =>
        _counts.TryGetValue((type, windowDays), out var count) ? count : null;

    /// <summary>All counts, for storage with the assessment.</summary>
    public IReadOnlyDictionary<(NetworkEntityType Type, int WindowDays), int> All => _counts;

    /// <summary>Counts read back from their stored form ("Sponsor/30d" → 7, keys in any case); unknown keys are skipped.</summary>
    public static NetworkCounts FromKeys(IReadOnlyDictionary<string, int> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var counts = new NetworkCounts();
        foreach (var (key, value) in stored)
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && Enum.TryParse<NetworkEntityType>(key[..slash], ignoreCase: true, out var type)
                && int.TryParse(key.AsSpan(slash + 1).TrimEnd('d'), System.Globalization.CultureInfo.InvariantCulture, out var window))
            {
                counts.Set(type, window, value);
            }
        }

        return counts;
    }
}
