namespace BorderScreening.TestSupport;

/// <summary>The user the stand-in OpenID provider signs in without asking (pseudonymous, no names).</summary>
/// <param name="Subject">Both <c>sub</c> and <c>oid</c> of the tokens.</param>
/// <param name="Roles">App roles of the access token.</param>
/// <param name="Jurisdictions">The <c>jurisdictions</c> claim, or null to leave it out.</param>
public sealed record StandInUser(string Subject, IReadOnlyList<string> Roles, IReadOnlyList<string>? Jurisdictions = null);
