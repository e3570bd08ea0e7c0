using BorderScreening.Domain.Records;
using static BorderScreening.Model.Synthetic.SyntheticVocabulary;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// The recurring entities of one jurisdiction (hotels, employers, clubs, agencies, schools, companies,
/// tour operators, travel agents) that ordinary records and trafficking rings both draw from, so
/// shared entities are not by themselves a sign of a ring.
/// </summary>
internal sealed class JurisdictionPools
{
    public required JurisdictionProfile Profile { get; init; }
    public required string[] Hotels { get; init; }
    public required Employer[] Employers { get; init; }
    public required Employer[] Clubs { get; init; }
    public required Party[] Agencies { get; init; }
    public required Party[] Schools { get; init; }
    public required string[] SchoolHousing { get; init; }
    public required Party[] BusinessCompanies { get; init; }
    public required string[] TourOperators { get; init; }
    public required string[] LocalAgents { get; init; }

    /// <summary>Draws the pools of one jurisdiction.</summary>
    public static JurisdictionPools Create(JurisdictionProfile p, SyntheticRandom rng)
    {
        var code = p.Jurisdiction.ToCode();
        string Address(string prefix) => $"{prefix} {rng.Pick(Streets)} {rng.Int(1, 400)}, {code}";
        var employers = Enumerable.Range(0, p.Employers)
            .Select(i => new Employer(
                new Party { Id = $"{code}-KVK-{100000 + i}", Name = $"{rng.Pick(Surnames)} {(i % 3 == 0 ? "NV" : "BV")}", PartyKind = PartyKind.Company },
                rng.Pick(LegitSectors),
                Address("STAFF HOUSING")))
            .ToArray();
        var clubs = Enumerable.Range(0, 8)
            .Select(i => new Employer(
                new Party { Id = $"{code}-KVK-{900000 + i}", Name = $"CLUB {rng.Pick(Surnames)}", PartyKind = PartyKind.Company },
                "ADULT_ENTERTAINMENT",
                Address("CLUB RESIDENCE")))
            .ToArray();
        return new JurisdictionPools
        {
            Profile = p,
            Hotels = Enumerable.Range(0, p.Hotels).Select(i => $"HOTEL {rng.Pick(Surnames)} {i}, {code}").ToArray(),
            Employers = employers,
            Clubs = clubs,
            Agencies = Enumerable.Range(0, 25).Select(i => new Party { Id = $"AGY-{code}-{i:D3}", Name = $"{rng.Pick(Surnames)} STAFFING", PartyKind = PartyKind.Company }).ToArray(),
            Schools = Enumerable.Range(0, 4).Select(i => new Party { Id = $"EDU-{code}-{i}", Name = $"UNIVERSITY {code} {i}", PartyKind = PartyKind.Public }).ToArray(),
            SchoolHousing = Enumerable.Range(0, 4).Select(_ => Address("CAMPUS")).ToArray(),
            BusinessCompanies = Enumerable.Range(0, 300).Select(i => new Party { Id = $"BIZ-{i:D4}", Name = $"{rng.Pick(Surnames)} CORP", PartyKind = PartyKind.Company }).ToArray(),
            TourOperators = Enumerable.Range(0, 12).Select(i => $"TOUR-OP-{code}-{i}").ToArray(),
            LocalAgents = Enumerable.Range(0, 40).Select(i => $"IATA-{code}-{1000 + i}").ToArray(),
        };
    }

    /// <summary>A private address in the jurisdiction, not from any pool.</summary>
    public string PrivateAddress(SyntheticRandom rng) =>
        $"{rng.Pick(Streets)} {rng.Pick(Surnames)} {rng.Int(1, 250)}, {Profile.Jurisdiction.ToCode()}";
}
