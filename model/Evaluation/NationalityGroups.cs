namespace BorderScreening.Model.Evaluation;

/// <summary>
/// Coarse nationality groups for the disparate-impact audit only (never a feature). Coarse on
/// purpose: fine groups are too small to say anything and too close to identifying people.
/// </summary>
public static class NationalityGroups
{
    private static readonly Dictionary<string, string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NLD"] = "Kingdom of the Netherlands", ["ABW"] = "Kingdom of the Netherlands", ["CUW"] = "Kingdom of the Netherlands",
        ["SXM"] = "Kingdom of the Netherlands", ["BES"] = "Kingdom of the Netherlands",
        ["USA"] = "North America", ["CAN"] = "North America",
        ["VEN"] = "Latin America and Caribbean", ["COL"] = "Latin America and Caribbean", ["DOM"] = "Latin America and Caribbean",
        ["HTI"] = "Latin America and Caribbean", ["JAM"] = "Latin America and Caribbean", ["SUR"] = "Latin America and Caribbean",
        ["GUY"] = "Latin America and Caribbean", ["BRA"] = "Latin America and Caribbean", ["PER"] = "Latin America and Caribbean",
        ["CUB"] = "Latin America and Caribbean", ["MEX"] = "Latin America and Caribbean", ["PAN"] = "Latin America and Caribbean",
        ["ECU"] = "Latin America and Caribbean", ["ARG"] = "Latin America and Caribbean", ["CHL"] = "Latin America and Caribbean",
        ["TTO"] = "Latin America and Caribbean",
        ["DEU"] = "Europe (other)", ["FRA"] = "Europe (other)", ["GBR"] = "Europe (other)", ["BEL"] = "Europe (other)",
        ["ESP"] = "Europe (other)", ["ITA"] = "Europe (other)", ["PRT"] = "Europe (other)", ["POL"] = "Europe (other)",
        ["CHN"] = "Asia", ["IND"] = "Asia", ["PHL"] = "Asia", ["VNM"] = "Asia", ["BGD"] = "Asia", ["PAK"] = "Asia",
        ["NGA"] = "Africa", ["GHA"] = "Africa", ["ZAF"] = "Africa", ["KEN"] = "Africa", ["SEN"] = "Africa",
    };

    /// <summary>The group of an ISO 3166-1 alpha-3 nationality code.</summary>
    public static string Of(string? nationality) =>
        string.IsNullOrWhiteSpace(nationality) ? "unknown" : Groups.GetValueOrDefault(nationality.Trim(), "other");
}
