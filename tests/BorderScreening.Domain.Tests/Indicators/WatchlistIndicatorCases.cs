using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using BorderScreening.Domain.Watchlists;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

/// <summary>The watchlist indicators' cases: a record with a list match of the indicator's kind, and the same record with a match of another kind.</summary>
internal static class WatchlistIndicatorCases
{
    public static IEnumerable<KeyValuePair<string, (ScreeningContext Fires, ScreeningContext DoesNotFire)>> All()
    {
        foreach (var (prefix, record) in new (string, ScreeningRecord)[] { ("TRV", TestRecords.Traveller()), ("WP", TestRecords.WorkPermit()) })
        {
            yield return new($"{prefix}-WATCHLIST-MISSING-CHILD", (With(record, WatchlistPurpose.MissingChildren, "ChildTrafficking", exact: false, fuzzyCreatesCase: true),
                With(record, WatchlistPurpose.EntitiesOfInterest, "LabourExploitation", exact: true, fuzzyCreatesCase: false)));
            foreach (var (name, typology, other) in new[] { ("LABOUR", "LabourExploitation", "SexualExploitation"), ("SEXUAL", "SexualExploitation", "LabourExploitation") })
            {
                yield return new($"{prefix}-WATCHLIST-{name}", (With(record, WatchlistPurpose.EntitiesOfInterest, typology, exact: true, fuzzyCreatesCase: false),
                    With(record, WatchlistPurpose.EntitiesOfInterest, typology, exact: false, fuzzyCreatesCase: false)));
                yield return new($"{prefix}-WATCHLIST-{name}-NAME", (With(record, WatchlistPurpose.EntitiesOfInterest, typology, exact: false, fuzzyCreatesCase: false),
                    With(record, WatchlistPurpose.EntitiesOfInterest, other, exact: false, fuzzyCreatesCase: false)));
            }
        }
    }

    private static ScreeningContext With(ScreeningRecord record, WatchlistPurpose purpose, string typology, bool exact, bool fuzzyCreatesCase)
    {
        var list = new WatchlistRules("l1", "Test list", purpose, typology, new HashSet<Jurisdiction> { record.Jurisdiction }, 0.88, fuzzyCreatesCase);
        var match = new WatchlistMatch
        {
            List = list, EntryId = "e1", Kind = exact ? WatchlistEntryKind.Phone : WatchlistEntryKind.Person, MatchedOn = exact ? "ContactPhone" : "name",
            Exact = exact, Score = exact ? 1 : 0.93, Explanation = exact ? "identical keyed hash" : "JANSEN; MARIA~MARIE 0.93; birth date equal",
        };
        return Context(record) with { Watchlist = new WatchlistMatches([match]) };
    }
}
