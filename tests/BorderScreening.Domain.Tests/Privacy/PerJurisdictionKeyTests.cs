using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Domain.Tests.Privacy;

public sealed class PerJurisdictionKeyTests
{
    private static readonly Party Sponsor = new() { Id = "SPONSOR-KEYS" };

    private static TravellerRecord In(Jurisdiction jurisdiction) =>
        TestRecords.Traveller("keys-1", jurisdiction) with { Sponsor = Sponsor, Contact = new Contact { Phone = "+297 555 0101" } };

    [Fact]
    public void Pseudonymise_SameEntityInTwoJurisdictions_HashedWithEachCountrysOwnKey()
    {
        var pseudonymiser = new Pseudonymiser(TestKeys.Ring());

        var aw = pseudonymiser.Pseudonymise(In(Jurisdiction.AW));
        var cw = pseudonymiser.Pseudonymise(In(Jurisdiction.CW));

        Assert.Equal("aw-v1", aw.KeyId);
        Assert.Equal("cw-v1", cw.KeyId);
        Assert.NotEqual(aw.Entities[NetworkEntityType.Sponsor], cw.Entities[NetworkEntityType.Sponsor]);
        Assert.NotEqual(aw.Entities[NetworkEntityType.ContactPhone], cw.Entities[NetworkEntityType.ContactPhone]);
        Assert.NotEqual(aw.Document, cw.Document);
        Assert.NotEqual(aw.Person, cw.Person);
    }

    [Fact]
    public void Pseudonymise_HoldingAnotherCountrysKey_DoesNotReproduceThePseudonyms()
    {
        var genuine = new Pseudonymiser(TestKeys.Ring()).Pseudonymise(In(Jurisdiction.CW));
        // Someone holding Aruba's key hashes Curaçao's record with it, the "CW|" scope included
        // (Aruba itself gets another key here only because a ring refuses one key for two countries).
        var arubasKeyOnCuracao = TestKeys.Key("cw-v1", (byte)(1 + (int)Jurisdiction.AW));
        var forged = new Pseudonymiser(TestKeys.Ring(new Dictionary<Jurisdiction, JurisdictionKeys>
        {
            [Jurisdiction.CW] = new(arubasKeyOnCuracao, []),
            [Jurisdiction.AW] = new(TestKeys.Key("aw-v9", 0xA5), []),
        })).Pseudonymise(In(Jurisdiction.CW));

        Assert.True(arubasKeyOnCuracao.SameMaterialAs(TestKeys.Default(Jurisdiction.AW).Current));
        Assert.NotEqual(genuine.Entities[NetworkEntityType.Sponsor], forged.Entities[NetworkEntityType.Sponsor]);
        Assert.NotEqual(genuine.Document, forged.Document);
        Assert.NotEqual(genuine.Person, forged.Person);
    }

    [Fact]
    public void Pseudonymise_RotatingOneCountrysKey_LeavesTheOthersUntouched()
    {
        var before = new Pseudonymiser(TestKeys.Ring());
        var awV1 = TestKeys.Default(Jurisdiction.AW).Current;
        var after = new Pseudonymiser(TestKeys.Ring(new Dictionary<Jurisdiction, JurisdictionKeys>
        {
            [Jurisdiction.AW] = new(TestKeys.Key("aw-v2", 0xEE), [awV1]),
        }));

        var awBefore = before.Pseudonymise(In(Jurisdiction.AW));
        var awAfter = after.Pseudonymise(In(Jurisdiction.AW));
        var others = JurisdictionCodes.All.Where(j => j != Jurisdiction.AW)
            .Select(j => (Before: before.Pseudonymise(In(j)), After: after.Pseudonymise(In(j))))
            .ToList();

        Assert.Equal("aw-v2", awAfter.KeyId);
        Assert.NotEqual(awBefore.Entities[NetworkEntityType.Sponsor], awAfter.Entities[NetworkEntityType.Sponsor]);
        // Aruba's window: the v1 hash is still computed, so its sightings keep counting.
        Assert.Equal([awBefore.Entities[NetworkEntityType.Sponsor]], awAfter.PreviousEntities[NetworkEntityType.Sponsor]);
        Assert.All(others, o =>
        {
            Assert.Equal(o.Before.KeyId, o.After.KeyId);
            Assert.Equal(o.Before.Entities, o.After.Entities);
            Assert.Equal(o.Before.Document, o.After.Document);
            Assert.Empty(o.After.PreviousEntities);
        });
    }

    [Fact]
    public void KeyRing_TwoJurisdictionsWithTheSameKeyMaterial_IsRefused()
    {
        var copied = new Dictionary<Jurisdiction, JurisdictionKeys>
        {
            [Jurisdiction.SX] = new(new PseudonymisationKey("sx-v1", Enumerable.Repeat((byte)(1 + (int)Jurisdiction.CW), 32).ToArray()), []),
        };

        var error = Assert.Throws<InvalidOperationException>(() => TestKeys.Ring(copied));

        Assert.Contains("CW and SX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyRing_AJurisdictionWithoutKeys_IsRefused()
    {
        var five = JurisdictionCodes.All.Where(j => j != Jurisdiction.BQ_SA).ToDictionary(j => j, TestKeys.Default);

        var error = Assert.Throws<InvalidOperationException>(() => new PseudonymisationKeyRing(five));

        Assert.Contains("BQ-SA", error.Message, StringComparison.Ordinal);
    }
}
