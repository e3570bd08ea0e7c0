using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Counts, over a stream of records in time order, how many records named the same entity in the
/// last 7, 30 and 90 days (the record itself included), per jurisdiction — what the service's
/// aggregation step would have returned when each record was screened.
/// </summary>
public sealed class RollingNetworkCounter
{
    private readonly Dictionary<(Jurisdiction, NetworkEntityType, string), List<DateTimeOffset>> _seen = [];
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    /// <summary>Adds a record screened at <paramref name="screenedAt"/> and returns the counts it sees.</summary>
    public NetworkCounts Add(ScreeningRecord record, DateTimeOffset screenedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (screenedAt < _last)
        {
            throw new InvalidOperationException("Records must be added in time order.");
        }

        _last = screenedAt;
        var counts = new NetworkCounts();
        foreach (var (type, key) in NetworkKeys.Of(record))
        {
            var id = (record.Jurisdiction, type, key);
            if (!_seen.TryGetValue(id, out var times))
            {
                times = [];
                _seen[id] = times;
            }

            times.Add(screenedAt);
            foreach (var window in NetworkCounts.Windows)
            {
                var from = screenedAt.AddDays(-window);
                counts.Set(type, window, times.Count - LowerBound(times, from));
            }
        }

        return counts;
    }

    // First index whose time is strictly after 'from' (times are sorted ascending).
    private static int LowerBound(List<DateTimeOffset> times, DateTimeOffset from)
    {
        int lo = 0, hi = times.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (times[mid] <= from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
