using BorderScreening.Domain.Records;
using static BorderScreening.Model.Synthetic.SyntheticVocabulary;

namespace BorderScreening.Model.Synthetic;

/// <summary>Shared entities of one trafficking ring; members use each with some probability.</summary>
internal sealed record TraffickingRing(string Phone, string Email, string PayerId, Party Sponsor, string Address, string Agent, Employer Employer, Party Agency, string Group)
{
    /// <summary>Draws the ring behind a scenario of the given kind in the jurisdiction of <paramref name="pools"/>.</summary>
    public static TraffickingRing Draw(JurisdictionPools pools, ScenarioKind kind, SyntheticRandom rng)
    {
        var code = pools.Profile.Jurisdiction.ToCode();
        return new TraffickingRing(
            Phone: $"{pools.Profile.PhonePrefix}{rng.Digits(6)}",
            Email: $"{rng.Code(8).ToLowerInvariant()}@mail.example",
            PayerId: $"CARD-{rng.Digits(12)}",
            Sponsor: new Party { Name = $"{rng.Pick(Surnames)} {rng.Pick(GivenNames)} {rng.Int(1, 99999)}", PartyKind = PartyKind.Person },
            Address: pools.PrivateAddress(rng),
            Agent: $"IATA-{code}-{rng.Int(5000, 9999)}",
            Employer: kind == ScenarioKind.SexualExploitationPermit && rng.Chance(0.5) ? pools.Clubs[rng.Int(0, pools.Clubs.Length - 1)]
                : rng.Chance(0.7) ? new Employer(new Party { Id = $"{code}-KVK-{rng.Int(200000, 899999)}", Name = $"{rng.Pick(Surnames)} SERVICES", PartyKind = PartyKind.Company }, kind == ScenarioKind.SexualExploitationPermit ? "ADULT_ENTERTAINMENT" : rng.Pick(["CONSTRUCTION", "AGRICULTURE", "HOSPITALITY", "CLEANING"]), pools.PrivateAddress(rng))
                : pools.Employers[rng.Int(0, pools.Employers.Length - 1)],
            Agency: new Party { Id = $"AGY-X-{rng.Code(5)}", Name = $"{rng.Pick(Surnames)} RECRUITMENT", PartyKind = PartyKind.Company },
            Group: $"GRP-{rng.Code(6)}");
    }
}
