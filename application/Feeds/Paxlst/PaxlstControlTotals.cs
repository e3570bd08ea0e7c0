using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// The totals a message declares (CNT 42 passengers, CNT 41 crew) and its list type (BGM 745 or
/// 250), checked against the travellers it actually holds. A mismatch is a warning, never an error.
/// </summary>
internal sealed class PaxlstControlTotals
{
    private readonly Dictionary<string, (int Count, EdifactSegment Segment)> _counts = new(StringComparer.Ordinal);

    /// <summary>CNT: remembers the declared count under its qualifier.</summary>
    public void Read(EdifactSegment segment, List<string> warnings)
    {
        var qualifier = segment.Value(1, 0);
        if (int.TryParse(segment.Value(1, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            _counts[qualifier] = (count, segment);
        }
        else
        {
            warnings.Add($"{segment.Where}: count '{segment.Value(1, 1)}' is not a number");
        }
    }

    /// <summary>Warns where the declared counts or the list type disagree with the travellers.</summary>
    public void Check(IReadOnlyList<PaxlstTravellerBuilder> travellers, EdifactSegment? bgm, List<string> warnings)
    {
        var passengers = travellers.Count(t => t.Role == TravellerRole.Passenger);
        var crew = travellers.Count - passengers;
        foreach (var (qualifier, (count, segment)) in _counts)
        {
            var (actual, what) = qualifier switch
            {
                "42" => (passengers, "passengers"),
                "41" => (crew, "crew members"),
                _ => (-1, ""),
            };
            if (actual >= 0 && actual != count)
            {
                warnings.Add($"{segment.Where}: declares {count} {what}, the message holds {actual}");
            }
        }

        if (bgm?.Value(1) == "745" && crew > 0 && passengers == 0)
        {
            warnings.Add($"{bgm.Where}: a passenger list (745) that names only crew (NAD FM/DDU)");
        }
        else if (bgm?.Value(1) == "250" && passengers > 0 && crew == 0)
        {
            warnings.Add($"{bgm.Where}: a crew list (250) that names only passengers (NAD FL/DDT)");
        }
    }
}
