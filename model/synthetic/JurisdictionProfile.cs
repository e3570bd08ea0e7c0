using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Synthetic;

/// <summary>How one jurisdiction's traffic looks in the generator (assumptions listed in docs/model.md).</summary>
internal sealed record JurisdictionProfile(
    Jurisdiction Jurisdiction,
    double Share,
    string Airport,
    string[] Origins,
    string[] Carriers,
    int Hotels,
    int Employers,
    string PhonePrefix,
    bool AdultEntertainmentPermits)
{
    public static IReadOnlyList<JurisdictionProfile> All { get; } =
    [
        new(Jurisdiction.AW, 0.36, "AUA", ["MIA", "JFK", "EWR", "ATL", "BOS", "AMS", "BOG", "PTY", "YYZ", "CUR"], ["AA", "B6", "UA", "DL", "KL", "CM", "AC", "WN"], 60, 400, "+2975", false),
        new(Jurisdiction.CW, 0.26, "CUR", ["AMS", "MIA", "BOG", "PTY", "SDQ", "AUA", "BON", "JFK", "CCS", "YYZ"], ["KL", "AA", "CM", "B6", "AV", "WM"], 50, 350, "+5999", true),
        new(Jurisdiction.SX, 0.22, "SXM", ["MIA", "JFK", "CLT", "ATL", "CDG", "AMS", "SJU", "PTP", "SDQ", "ANU"], ["AA", "DL", "UA", "AF", "KL", "WM", "B6"], 45, 300, "+1721", true),
        new(Jurisdiction.BQ_BO, 0.12, "BON", ["AMS", "CUR", "AUA", "MIA", "ATL", "HOU"], ["KL", "DL", "UA", "WM", "AA"], 25, 120, "+5997", false),
        new(Jurisdiction.BQ_SE, 0.02, "EUX", ["SXM"], ["WM"], 4, 20, "+5993", false),
        new(Jurisdiction.BQ_SA, 0.02, "SAB", ["SXM"], ["WM"], 4, 15, "+5994", false),
    ];
}
