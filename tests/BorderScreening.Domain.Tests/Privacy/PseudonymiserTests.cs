using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Domain.Tests.Privacy;

public class PseudonymiserTests
{
    private readonly Pseudonymiser _pseudonymiser = new(TestKeys.Ring());

    [Fact]
    public void Pseudonymise_SamePhoneWrittenDifferently_Links()
    {
        var a = _pseudonymiser.Pseudonymise(TestRecords.Traveller("1") with { Contact = new Contact { Phone = "+31 6 1234 5678" } });
        var b = _pseudonymiser.Pseudonymise(TestRecords.Traveller("2") with { Contact = new Contact { Phone = "+31612345678" } });

        Assert.Equal(a.Entities[NetworkEntityType.ContactPhone], b.Entities[NetworkEntityType.ContactPhone]);
    }

    [Fact]
    public void Pseudonymise_SameSponsorInAnotherJurisdiction_DoesNotLink()
    {
        var sponsor = new Party { Id = "S-1" };
        var cw = _pseudonymiser.Pseudonymise(TestRecords.Traveller() with { Sponsor = sponsor });
        var aw = _pseudonymiser.Pseudonymise(TestRecords.Traveller() with { Jurisdiction = Jurisdiction.AW, Sponsor = sponsor });

        Assert.NotEqual(cw.Entities[NetworkEntityType.Sponsor], aw.Entities[NetworkEntityType.Sponsor]);
    }

    [Fact]
    public void Pseudonymise_Output_HoldsNoClearValueAndCarriesKeyId()
    {
        var record = TestRecords.Traveller() with { Sponsor = new Party { Name = "ACME HOLDINGS" } };

        var pseudonyms = _pseudonymiser.Pseudonymise(record);
        var all = string.Join("|", pseudonyms.Entities.Values.Append(pseudonyms.Document!).Append(pseudonyms.Person!));

        Assert.DoesNotContain("ACME", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("NX1234567", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("JANSEN", all, StringComparison.OrdinalIgnoreCase);
        Assert.All(pseudonyms.Entities.Values, v => Assert.StartsWith("cw-v1:", v, StringComparison.Ordinal));
    }

    [Fact]
    public void Pseudonymise_SelfPaidTicket_HasNoPayerEntity()
    {
        var pseudonyms = _pseudonymiser.Pseudonymise(TestRecords.Traveller() with { Booking = new BookingFacts { PaidBy = Payer.Self, PayerId = "CARD-1" } });

        Assert.False(pseudonyms.Entities.ContainsKey(NetworkEntityType.Payer));
    }
}
