namespace BorderScreening.Domain.Records;

/// <summary>
/// What is kept of a record once the person need no longer be known: the circumstances a rule, a
/// label or a replay reads stay; what identifies the person goes. Used when a decided case is
/// depersonalised and for the screening history (docs/history.md).
/// </summary>
public static class Depersonalisation
{
    /// <summary>The record without what identifies the person; circumstances stay.</summary>
    /// <param name="record">The record.</param>
    /// <returns>A copy with names, documents, contacts, addresses, party identities and protected attributes removed and the birth date cut to its year.</returns>
    public static ScreeningRecord Of(ScreeningRecord record) => record switch
    {
        TravellerRecord t => t with
        {
            Name = new PersonName { Surname = "(removed)" },
            BirthDate = t.BirthDate is { } b ? new DateOnly(b.Year, 1, 1) : null,
            Document = null,
            Contact = null,
            AddressAtDestination = null,
            Sponsor = t.Sponsor is null ? null : new Party { PartyKind = t.Sponsor.PartyKind },
            Booking = t.Booking is null ? null : t.Booking with { PayerId = null, GroupReference = null },
            Trip = t.Trip is null ? null : t.Trip with
            {
                Group = t.Trip.Group is null ? null : new OrganisedGroup
                {
                    Kind = t.Trip.Group.Kind,
                    // Whether someone answers for the group is a circumstance a rule reads; who it is is not.
                    ResponsibleOrganisation = t.Trip.Group.NamesResponsible ? "(named)" : null,
                },
            },
            Audit = null,
        },
        WorkPermitRecord p => p with
        {
            Applicant = new PersonName { Surname = "(removed)" },
            BirthDate = p.BirthDate is { } b ? new DateOnly(b.Year, 1, 1) : null,
            Document = null,
            Contact = null,
            // Living at the workplace is a circumstance a rule reads; the address itself is not kept.
            HousingAddress = Addresses.Same(p.HousingAddress, p.WorkplaceAddress) ? "(workplace)" : null,
            WorkplaceAddress = Addresses.Same(p.HousingAddress, p.WorkplaceAddress) ? "(workplace)" : null,
            Audit = null,
        },
        _ => record,
    };
}
