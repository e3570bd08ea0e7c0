using BorderScreening.Domain.Records;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>
/// The clear value behind an entity's pseudonym, read from a stored case's record (the only place the
/// clear value is kept): what an inspection team needs to find the place.
/// </summary>
public static class EntityClearValues
{
    /// <summary>The entity types a check plan lists: the places an inspection visits.</summary>
    public static IReadOnlyList<NetworkEntityType> Planned { get; } =
        [NetworkEntityType.Employer, NetworkEntityType.RecruitmentAgency, NetworkEntityType.Sponsor, NetworkEntityType.Address];

    /// <summary>The name (with registration number) or address the record gives for the entity; null when it names none.</summary>
    public static string? Of(ScreeningRecord record, NetworkEntityType type) => (record, type) switch
    {
        (WorkPermitRecord w, NetworkEntityType.Employer) => Party(w.Employer),
        (WorkPermitRecord w, NetworkEntityType.RecruitmentAgency) => Party(w.RecruitmentAgency),
        (WorkPermitRecord w, NetworkEntityType.Address) => w.HousingAddress,
        (TravellerRecord t, NetworkEntityType.Sponsor) => Party(t.Sponsor),
        (TravellerRecord t, NetworkEntityType.Address) => t.AddressAtDestination,
        _ => null,
    };

    private static string? Party(Party? party) => party switch
    {
        null => null,
        { Name: { Length: > 0 } name, Id: { Length: > 0 } id } => $"{name} ({id})",
        { Name: { Length: > 0 } name } => name,
        _ => party.Id,
    };
}
