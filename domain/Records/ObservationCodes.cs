namespace BorderScreening.Domain.Records;

/// <summary>
/// The coded observations a border officer can record. Codes describe circumstances and behaviour,
/// never who someone is (after the ILO/EC operational indicators and UNODC indicators).
/// </summary>
public static class ObservationCodes
{
    /// <summary>Someone else holds the traveller's passport or documents.</summary>
    public const string DocumentsHeldByOther = "DOCUMENTS_HELD_BY_OTHER";
    /// <summary>Answers appear rehearsed or given by a companion.</summary>
    public const string ScriptedAnswers = "SCRIPTED_ANSWERS";
    /// <summary>A companion speaks for or watches the traveller.</summary>
    public const string AccompaniedByController = "ACCOMPANIED_BY_CONTROLLER";
    /// <summary>Traveller does not know the address or employer at destination.</summary>
    public const string UnawareOfDestination = "UNAWARE_OF_DESTINATION";
    /// <summary>Visible signs of injury or neglect.</summary>
    public const string SignsOfAbuse = "SIGNS_OF_ABUSE";
    /// <summary>Traveller appears fearful or anxious about a companion.</summary>
    public const string Fearful = "FEARFUL";
    /// <summary>No or very little money for the stated stay.</summary>
    public const string InsufficientMeans = "INSUFFICIENT_MEANS";
    /// <summary>Traveller says a debt must be worked off.</summary>
    public const string DebtMentioned = "DEBT_MENTIONED";
    /// <summary>Promised job differs from what the traveller describes.</summary>
    public const string JobMismatch = "JOB_MISMATCH";

    /// <summary>The document's MRZ failed a check at intake (check digit, country code, layout); added by the service, not an officer.</summary>
    public const string MrzCheckFailed = "MRZ_CHECK_FAILED";
    /// <summary>The document's MRZ disagrees with the record (surname, birth date, document number); added by the service.</summary>
    public const string MrzMismatch = "MRZ_MISMATCH";

    /// <summary>
    /// Codes the intake adds from checks of the record itself. Apart from <see cref="All"/>, which the
    /// model's features and synthetic data enumerate: these are facts about the document, not behaviour.
    /// </summary>
    public static IReadOnlySet<string> IntakeChecks { get; } = new HashSet<string>(StringComparer.Ordinal) { MrzCheckFailed, MrzMismatch };

    /// <summary>Whether a record may carry the code (an officer's observation or an intake check).</summary>
    public static bool IsKnown(string? code) => code is not null && (All.Contains(code) || IntakeChecks.Contains(code));

    /// <summary>All known codes.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DocumentsHeldByOther, ScriptedAnswers, AccompaniedByController, UnawareOfDestination,
        SignsOfAbuse, Fearful, InsufficientMeans, DebtMentioned, JobMismatch,
    };
}
