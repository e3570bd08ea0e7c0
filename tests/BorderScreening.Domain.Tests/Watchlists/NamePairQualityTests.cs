using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Domain.Tests.Watchlists;

/// <summary>The labelled quality set (QualitySet/name-pairs.csv, made by generate_name_pairs.py); its table is in docs/watchlists.md.</summary>
public class NamePairQualityTests
{
    private static IReadOnlyList<NamePair> Pairs()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BorderScreening.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        using var reader = new StreamReader(Path.Combine(directory.FullName, "tests", "BorderScreening.Domain.Tests", "Watchlists", "QualitySet", "name-pairs.csv"));
        var (pairs, errors) = NamePairFile.Read(reader);
        Assert.Empty(errors);
        return pairs;
    }

    [Fact]
    public void QualitySet_HasAtLeastAThousandLabelledPairsWithHardNegatives()
    {
        var pairs = Pairs();

        Assert.True(pairs.Count >= 1000);
        Assert.True(pairs.Count(p => p.Match == false) >= 400);
        Assert.All(pairs, p => Assert.NotNull(p.Match));
    }

    [Fact]
    public void DefaultThreshold_OnTheQualitySet_HasRecallAndPrecisionOfAtLeast95Percent()
    {
        var result = PrecisionRecall.At(NameSimilarity.DefaultThreshold, Pairs().Select(p => (p.Score().Score, p.Match)));

        Assert.True(result.Recall >= 0.95, $"recall {result.Recall:0.000}");
        Assert.True(result.Precision >= 0.95, $"precision {result.Precision:0.000}");
    }

    [Fact]
    public void Index_WithTheFirstNamesListed_FindsTheSecondAtTheSameRecallAndPrecision()
    {
        // End to end through the blocking keys: candidate selection must not lose what scoring finds.
        var pairs = Pairs().Where(p => p.BirthB is null || p.BirthB.Value.IsFull).ToList();
        var rules = new WatchlistRules("q", "Quality set", WatchlistPurpose.EntitiesOfInterest, "LabourExploitation", new HashSet<Jurisdiction> { Jurisdiction.CW }, NameSimilarity.DefaultThreshold, false);
        var day = new DateOnly(2026, 12, 6);
        var scored = new List<(double, bool?)>();
        foreach (var pair in pairs)
        {
            var entry = new ListedEntry { ListId = "q", EntryId = "e", Kind = WatchlistEntryKind.Person, GivenNames = pair.GivenA, Name = pair.SurnameA, BirthDate = pair.BirthA };
            var index = WatchlistIndex.Build("v", [rules], [entry]);
            var birth = pair.BirthB is { } b ? new DateOnly(b.Year, b.Month!.Value, b.Day!.Value) : (DateOnly?)null;
            var record = new TravellerRecord { Jurisdiction = Jurisdiction.CW, Name = new PersonName { GivenNames = pair.GivenB, Surname = pair.SurnameB }, BirthDate = birth };
            scored.Add((index.Match(record, new Pseudonyms(), day).All.Count > 0 ? 1 : 0, pair.Match));
        }

        var result = PrecisionRecall.At(1, scored);

        Assert.True(pairs.Count >= 1000);
        Assert.True(result.Recall >= 0.95, $"recall {result.Recall:0.000}");
        Assert.True(result.Precision >= 0.95, $"precision {result.Precision:0.000}");
    }
}
