using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Records;

/// <summary>
/// The kinds of entity whose recurrence across records is a signal ("7 travellers in 14 days name
/// this sponsor"). Counted per pseudonymised value, per jurisdiction.
/// </summary>
[JsonConverter(typeof(StrictEnumJsonConverter<NetworkEntityType>))]
public enum NetworkEntityType
{
    /// <summary>Sponsor or inviter.</summary>
    Sponsor,
    /// <summary>Third party that paid a ticket.</summary>
    Payer,
    /// <summary>Employer in a permit application.</summary>
    Employer,
    /// <summary>Recruitment agency.</summary>
    RecruitmentAgency,
    /// <summary>Contact phone number.</summary>
    ContactPhone,
    /// <summary>Contact e-mail address.</summary>
    ContactEmail,
    /// <summary>Address at destination or employer-provided housing.</summary>
    Address,
    /// <summary>Booking agent.</summary>
    BookingAgent,
}
