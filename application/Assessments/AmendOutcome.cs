namespace BorderScreening.Application.Assessments;

/// <summary>Result of storing a corrected version of a record.</summary>
public enum AmendOutcome
{
    /// <summary>Stored as the newest version.</summary>
    Stored,

    /// <summary>This content was stored as a version before (a retried correction): nothing written.</summary>
    Duplicate,

    /// <summary>Another correction of the same record was stored meanwhile: read the head again.</summary>
    HeadMoved,
}
