using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// The linking keys a record names, per entity type, in the clear. The service links the keyed
/// hashes of the same values; the generator links the values themselves.
/// </summary>
public static class NetworkKeys
{
    /// <summary>The (type, key) pairs the record names; each type at most once.</summary>
    public static IReadOnlyList<(NetworkEntityType Type, string Key)> Of(ScreeningRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = new List<(NetworkEntityType, string)>(6);
        void Add(NetworkEntityType type, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                keys.Add((type, value.Trim().ToUpperInvariant()));
            }
        }

        switch (record)
        {
            case TravellerRecord t:
                Add(NetworkEntityType.Sponsor, t.Sponsor?.LinkKey());
                Add(NetworkEntityType.Payer, t.Booking?.PayerId);
                Add(NetworkEntityType.ContactPhone, t.Contact?.Phone);
                Add(NetworkEntityType.ContactEmail, t.Contact?.Email);
                Add(NetworkEntityType.Address, t.AddressAtDestination);
                Add(NetworkEntityType.BookingAgent, t.Booking?.BookingAgent);
                break;
            case WorkPermitRecord p:
                Add(NetworkEntityType.Employer, p.Employer?.LinkKey());
                Add(NetworkEntityType.RecruitmentAgency, p.RecruitmentAgency?.LinkKey());
                Add(NetworkEntityType.ContactPhone, p.Contact?.Phone);
                Add(NetworkEntityType.ContactEmail, p.Contact?.Email);
                Add(NetworkEntityType.Address, p.HousingAddress);
                break;
        }

        return keys;
    }
}
