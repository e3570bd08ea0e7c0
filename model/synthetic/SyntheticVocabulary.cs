namespace BorderScreening.Model.Synthetic;

/// <summary>
/// The names and codes the generator draws from. The order of every list is part of the seeded
/// output: reordering an entry changes what a seed produces.
/// </summary>
internal static class SyntheticVocabulary
{
    public static readonly (string Code, double Weight)[] Nationalities =
    [
        ("NLD", 14), ("USA", 22), ("CAN", 5), ("VEN", 7), ("COL", 7), ("DOM", 5), ("HTI", 2), ("JAM", 2),
        ("SUR", 2), ("GUY", 1.5), ("ABW", 4), ("CUW", 4), ("SXM", 2), ("BRA", 2), ("PER", 1), ("CHN", 1.5),
        ("IND", 2), ("PHL", 1.5), ("DEU", 2), ("FRA", 2), ("GBR", 1.5), ("NGA", 0.7), ("GHA", 0.4), ("CUB", 1),
    ];

    public static readonly string[] Surnames =
    [
        "JANSEN", "DE VRIES", "SMITH", "JOHNSON", "GARCIA", "RODRIGUEZ", "MARTINEZ", "PEREZ", "GOMEZ", "SILVA",
        "MARTIS", "CROES", "WINKLAAR", "RICHARDSON", "BROWN", "WILLIAMS", "LEE", "SANTOS", "REYES", "CRUZ",
        "HERNANDEZ", "LOPEZ", "DIAZ", "SCHMIDT", "MULLER", "DUPONT", "BAKER", "WANG", "PATEL", "OKAFOR",
    ];

    public static readonly string[] GivenNames =
    [
        "MARIA", "JOHN", "ANA", "JOSE", "LUIS", "SARAH", "DAVID", "CARMEN", "PETER", "LINDA", "KEVIN", "ROSA",
        "DANIEL", "SOFIA", "MICHAEL", "ELENA", "CARLOS", "EMMA", "RAJ", "MEI", "OLUWASEUN", "JEAN", "NOAH", "LUCIA",
    ];

    public static readonly string[] Streets = ["KAYA", "STRAAT", "ROAD", "WEG", "CAMINO", "LANE", "BOULEVARD"];

    public static readonly string[] BigBookingAgents = ["EXPEDIA", "BOOKING-HOLDINGS", "KLM-DIRECT", "AA-DIRECT", "TUI", "CORENDON", "SUNWING"];

    public static readonly string[] LegitSectors = ["HOSPITALITY", "HOSPITALITY", "HOSPITALITY", "CONSTRUCTION", "RETAIL", "HEALTHCARE", "AGRICULTURE", "MARITIME", "SECURITY"];
}
