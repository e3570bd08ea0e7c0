using System.Text.Json.Serialization;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// What a partner found after a referral (issue 20, point 3). Written on the wire in kebab case
/// (<c>confirmed-victim</c>), see <see cref="PartnerOutcomeKinds"/>.
/// </summary>
[JsonConverter(typeof(PartnerOutcomeKindJsonConverter))]
public enum PartnerOutcomeKind
{
    /// <summary>The person was identified as a victim of trafficking (<c>confirmed-victim</c>).</summary>
    ConfirmedVictim,

    /// <summary>Exploitation was found (labour inspection, police), whether or not a victim was identified (<c>exploitation-found</c>).</summary>
    ExploitationFound,

    /// <summary>The partner looked and found no indication of trafficking or exploitation (<c>no-indication</c>).</summary>
    NoIndication,

    /// <summary>The partner cannot say (lost contact, not investigated, still open) (<c>unknown</c>).</summary>
    Unknown,
}
