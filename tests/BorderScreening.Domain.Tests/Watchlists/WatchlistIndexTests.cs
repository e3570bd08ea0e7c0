using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Domain.Tests.Watchlists;

public class WatchlistIndexTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly Pseudonymiser Hashes = new(TestKeys.Ring());

    private static WatchlistRules List(WatchlistPurpose purpose = WatchlistPurpose.EntitiesOfInterest, params Jurisdiction[] jurisdictions) =>
        new("l1", "Recruiters", purpose, "LabourExploitation", (jurisdictions.Length == 0 ? [Jurisdiction.CW] : jurisdictions).ToHashSet(), NameSimilarity.DefaultThreshold, false);

    private static ListedEntry Maria(DateOnly? validTo = null) => new()
    {
        ListId = "l1", EntryId = "e1", Kind = WatchlistEntryKind.Person, GivenNames = "María", Name = "Jansen", BirthDate = new PartialDate(1990, 4, 12), ValidTo = validTo,
    };

    [Fact]
    public void Match_NameVariantInListJurisdiction_FindsTheEntryWithItsExplanation()
    {
        var record = TestRecords.Traveller();
        var index = WatchlistIndex.Build("v1", [List()], [Maria()]);

        var match = Assert.Single(index.Match(record, Hashes.Pseudonymise(record), Today).All);

        Assert.Equal("e1", match.EntryId);
        Assert.False(match.Exact);
        Assert.Contains("birth date equal", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_JurisdictionWithoutConsent_FindsNothing()
    {
        var record = TestRecords.Traveller(jurisdiction: Jurisdiction.AW);
        var index = WatchlistIndex.Build("v1", [List()], [Maria()]);

        Assert.Empty(index.Match(record, Hashes.Pseudonymise(record), Today).All);
    }

    [Fact]
    public void Match_ExpiredEntry_FindsNothing()
    {
        var record = TestRecords.Traveller();
        var index = WatchlistIndex.Build("v1", [List()], [Maria(validTo: Today.AddDays(-1))]);

        Assert.Empty(index.Match(record, Hashes.Pseudonymise(record), Today).All);
    }

    [Fact]
    public void Match_PhoneListedInE164_MatchesExactlyThroughTheKeyedHash()
    {
        var record = TestRecords.Traveller();
        var entry = new ListedEntry
        {
            ListId = "l1", EntryId = "p1", Kind = WatchlistEntryKind.Phone,
            IdentifierHashes = JurisdictionCodes.All.SelectMany(j => Hashes.EntityHashes(j, NetworkEntityType.ContactPhone, "+31 6 1234 5678")).ToList(),
        };
        var index = WatchlistIndex.Build("v1", [List()], [entry]);

        var match = Assert.Single(index.Match(record, Hashes.Pseudonymise(record), Today).All);

        Assert.True(match.Exact);
        Assert.True(match.CreatesCase);
        Assert.Equal("ContactPhone", match.MatchedOn);
    }

    [Fact]
    public void Match_NoSharedBlockingKey_ComparesNothing()
    {
        var record = TestRecords.Traveller();
        var other = Maria() with { GivenNames = "Wilner", Name = "Exantus" };
        var index = WatchlistIndex.Build("v1", [List()], [other]);

        Assert.Empty(index.Match(record, Hashes.Pseudonymise(record), Today).All);
    }
}
