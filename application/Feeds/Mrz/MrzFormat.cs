namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>The machine readable zone layouts of ICAO Doc 9303.</summary>
public enum MrzFormat
{
    /// <summary>TD1 card (identity cards): 3 lines of 30 characters (Doc 9303 part 5).</summary>
    Td1,
    /// <summary>TD2 card: 2 lines of 36 characters (Doc 9303 part 6).</summary>
    Td2,
    /// <summary>TD3 passport book: 2 lines of 44 characters (Doc 9303 part 4).</summary>
    Td3,
    /// <summary>Full-size visa (MRV-A): 2 lines of 44 characters (Doc 9303 part 7).</summary>
    MrvA,
    /// <summary>Small visa (MRV-B): 2 lines of 36 characters (Doc 9303 part 7).</summary>
    MrvB,
}
