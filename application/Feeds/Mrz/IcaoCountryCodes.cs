using System.Collections.Frozen;

namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>
/// The codes an MRZ may carry for the issuing state and the nationality (ICAO Doc 9303 Part 3):
/// ISO 3166-1 alpha-3, Germany's one letter D, the codes for British nationals, international
/// organisations, stateless persons and refugees, two codes still on documents in circulation (ANT,
/// RKS), and UTO, the fictitious state of ICAO's specimens.
/// </summary>
public static class IcaoCountryCodes
{
    private const string Iso3166 =
        "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ " +
        "BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU " +
        "DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC " +
        "GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM " +
        "KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG " +
        "MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL " +
        "PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN " +
        "SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB " +
        "VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE";

    // Doc 9303 Part 3 §5: British nationals (GBD, GBN, GBO, GBP, GBS), the United Nations (UNO, UNA,
    // UNK), other organisations (EUE, XBA, XCC, XCE, XCO, XEC, XES, XIM, XMP, XOM, XPO), stateless and
    // refugees (XXA, XXB, XXC), unspecified (XXX).
    private const string Icao =
        "D GBD GBN GBO GBP GBS UNO UNA UNK EUE XBA XCC XCE XCO XEC XES XIM XMP XOM XPO XXA XXB XXC XXX ANT RKS UTO";

    private static readonly FrozenSet<string> Codes = (Iso3166 + " " + Icao).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> (fillers removed, upper case) is a code Doc 9303 allows.</summary>
    public static bool IsValid(string? code) => code is not null && Codes.Contains(code);
}
