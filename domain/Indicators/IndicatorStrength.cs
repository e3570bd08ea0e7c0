namespace BorderScreening.Domain.Indicators;

/// <summary>Evidence strength in the sense of the ILO/EC 2009 operational indicators.</summary>
public enum IndicatorStrength
{
    /// <summary>Strong indicator.</summary>
    Strong,
    /// <summary>Medium indicator.</summary>
    Medium,
    /// <summary>Weak indicator.</summary>
    Weak,
}
