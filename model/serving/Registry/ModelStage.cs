namespace BorderScreening.Model.Serving.Registry;

/// <summary>Life cycle of a model version.</summary>
public enum ModelStage
{
    /// <summary>Trained and registered; not used.</summary>
    Candidate,
    /// <summary>Scored alongside the active model; never affects hits.</summary>
    Shadow,
    /// <summary>In service.</summary>
    Active,
    /// <summary>No longer used (kept for audit and rollback).</summary>
    Retired,
}
