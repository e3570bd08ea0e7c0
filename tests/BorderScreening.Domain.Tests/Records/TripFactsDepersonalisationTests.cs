using BorderScreening.Domain.Records;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Domain.Tests.Records;

/// <summary>
/// Depersonalisation keeps the circumstances the trip-fact rules read (a group with someone
/// answering for it, housed at the workplace) and drops who and where.
/// </summary>
public class TripFactsDepersonalisationTests
{
    [Fact]
    public void Of_OrganisedGroup_KeepsKindAndThatSomeoneAnswersForIt_NotTheirName()
    {
        var traveller = TestRecords.Traveller() with
        {
            Trip = new TripFacts { GuardianConsent = true, Group = new OrganisedGroup { Kind = GroupKind.Sports, Name = "SV Jong Holland", ResponsibleAdult = "E. Isenia" } },
        };

        var kept = Assert.IsType<TravellerRecord>(Depersonalisation.Of(traveller));

        Assert.Equal(GroupKind.Sports, kept.Trip!.Group!.Kind);
        Assert.True(kept.Trip.Group.NamesResponsible);
        Assert.Null(kept.Trip.Group.Name);
        Assert.Null(kept.Trip.Group.ResponsibleAdult);
        Assert.True(kept.Trip.GuardianConsent);
    }

    [Theory]
    [InlineData("Kaya Industria 4, Willemstad", "KAYA INDUSTRIA 4 WILLEMSTAD", true)]
    [InlineData("Kaya Grandi 12", "Kaya Industria 4", false)]
    public void Of_Permit_KeepsWhetherHousedAtTheWorkplace_NotTheAddresses(string housing, string workplace, bool same)
    {
        var permit = TestRecords.WorkPermit() with { HousingAddress = housing, WorkplaceAddress = workplace };

        var kept = Assert.IsType<WorkPermitRecord>(Depersonalisation.Of(permit));

        Assert.Equal(same, Addresses.Same(kept.HousingAddress, kept.WorkplaceAddress));
        Assert.DoesNotContain("Kaya", (kept.HousingAddress ?? "") + (kept.WorkplaceAddress ?? ""), StringComparison.Ordinal);
    }
}
