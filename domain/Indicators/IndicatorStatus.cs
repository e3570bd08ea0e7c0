namespace BorderScreening.Domain.Indicators;

/// <summary>Where an indicator is in its life cycle.</summary>
public enum IndicatorStatus
{
    /// <summary>Evaluated and counted in the scores.</summary>
    Active,
    /// <summary>Evaluated and recorded, but never changes a score (ex-ante assessment).</summary>
    Shadow,
    /// <summary>Kept for the record; not evaluated.</summary>
    Retired,
}
