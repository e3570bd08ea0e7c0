namespace BorderScreening.Domain.Auditing;

/// <summary>
/// Coarse nationality groups for the disparate-impact audit only (never a feature or rule input).
/// Coarse on purpose: fine groups are too small to say anything and too close to identifying people.
/// </summary>
public static class NationalityGroups
{
    private const string Kingdom = "Kingdom of the Netherlands";
    private const string NorthAmerica = "North America";
    private const string LatinAmerica = "Latin America and Caribbean";
    private const string Europe = "Europe (other)";
    private const string Asia = "Asia";
    private const string Africa = "Africa";

    private static readonly Dictionary<string, string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NLD"] = Kingdom, ["ABW"] = Kingdom, ["CUW"] = Kingdom, ["SXM"] = Kingdom, ["BES"] = Kingdom,
        ["USA"] = NorthAmerica, ["CAN"] = NorthAmerica,
        ["VEN"] = LatinAmerica, ["COL"] = LatinAmerica, ["DOM"] = LatinAmerica, ["HTI"] = LatinAmerica, ["JAM"] = LatinAmerica,
        ["SUR"] = LatinAmerica, ["GUY"] = LatinAmerica, ["BRA"] = LatinAmerica, ["PER"] = LatinAmerica, ["CUB"] = LatinAmerica,
        ["MEX"] = LatinAmerica, ["PAN"] = LatinAmerica, ["ECU"] = LatinAmerica, ["ARG"] = LatinAmerica, ["CHL"] = LatinAmerica,
        ["TTO"] = LatinAmerica,
        ["DEU"] = Europe, ["FRA"] = Europe, ["GBR"] = Europe, ["BEL"] = Europe, ["ESP"] = Europe, ["ITA"] = Europe,
        ["PRT"] = Europe, ["POL"] = Europe,
        ["CHN"] = Asia, ["IND"] = Asia, ["PHL"] = Asia, ["VNM"] = Asia, ["BGD"] = Asia, ["PAK"] = Asia,
        ["NGA"] = Africa, ["GHA"] = Africa, ["ZAF"] = Africa, ["KEN"] = Africa, ["SEN"] = Africa,
    };

    /// <summary>The group of an ISO 3166-1 alpha-3 nationality code ("unknown" when absent, "other" when not listed).</summary>
    public static string Of(string? nationality) =>
        string.IsNullOrWhiteSpace(nationality) ? "unknown" : Groups.GetValueOrDefault(nationality.Trim(), "other");
}
