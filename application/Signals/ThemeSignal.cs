using BorderScreening.Application.Cases;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// A theme-register signal: what the receiving partner needs to act on a referral, and nothing more
/// (docs/signals.md explains every field; docs/schemas/theme-register-signal.schema.json is the
/// contract). No protected attributes: no nationality, issuing state, sex or similar.
/// </summary>
public sealed record ThemeSignal
{
    /// <summary>Name of the format.</summary>
    public const string FormatName = "theme-register-signal";

    /// <summary>Version of the format; a breaking change raises the major number.</summary>
    public const string CurrentVersion = "1.1";

    /// <summary>Always <see cref="FormatName"/>.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>Format version.</summary>
    public string FormatVersion { get; init; } = CurrentVersion;

    /// <summary>Deterministic id from case and destination: receivers deduplicate on it.</summary>
    public string SignalId { get; init; } = "";

    /// <summary>Jurisdiction whose reviewer referred (the data controller sending it).</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>Who should act on it (the kind of partner).</summary>
    public SignalDestination Destination { get; init; }

    /// <summary>The named partner it is addressed to (since 1.1; one decision may address several, each its own signal).</summary>
    public SignalRecipient? Partner { get; init; }

    /// <summary>When the reviewer decided to refer.</summary>
    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>Case reference for questions back to the sending review desk.</summary>
    public string CaseReference { get; init; } = "";

    /// <summary>Role of the deciding reviewer (never the person's name or id).</summary>
    public string DecidedByRole { get; init; } = "";

    /// <summary>The reviewer's own assessment, recorded before the decision.</summary>
    public OwnAssessment? OwnAssessment { get; init; }

    /// <summary>Coded reasons of the decision (free-text notes stay with the desk).</summary>
    public IReadOnlyList<string> ReasonCodes { get; init; } = [];

    /// <summary>The person the signal is about: enough to find and recognise them.</summary>
    public SignalPerson Person { get; init; } = new();

    /// <summary>The circumstances that made the case: travel or permit facts.</summary>
    public SignalCircumstances Circumstances { get; init; } = new();

    /// <summary>Parties named in the record who may be involved (sponsor, employer, agency).</summary>
    public IReadOnlyList<SignalParty> Parties { get; init; } = [];

    /// <summary>Forms of exploitation the fired indicators point to.</summary>
    public IReadOnlyList<Typology> Typologies { get; init; } = [];

    /// <summary>The indicators that fired, with their explanations.</summary>
    public IReadOnlyList<SignalIndicator> Indicators { get; init; } = [];
}

/// <summary>Identifying facts of the person referred.</summary>
public sealed record SignalPerson
{
    /// <summary>Surname as on the travel document or application.</summary>
    public string Surname { get; init; } = "";

    /// <summary>Given names.</summary>
    public string? GivenNames { get; init; }

    /// <summary>Date of birth (with the name, tells people apart).</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Travel document type (MRZ code, "P" passport).</summary>
    public string? DocumentType { get; init; }

    /// <summary>Travel document number.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Where the person stays (traveller) or is housed by the employer (permit).</summary>
    public string? AddressAtDestination { get; init; }
}

/// <summary>When and where the case arose.</summary>
public sealed record SignalCircumstances
{
    /// <summary>"traveller" or "workPermit".</summary>
    public string RecordKind { get; init; } = "";

    /// <summary>Flight number (traveller).</summary>
    public string? FlightNumber { get; init; }

    /// <summary>Airport of arrival, IATA (traveller).</summary>
    public string? ArrivalAirport { get; init; }

    /// <summary>Scheduled arrival (traveller).</summary>
    public DateTimeOffset? ScheduledArrival { get; init; }

    /// <summary>Purpose of stay as declared (traveller).</summary>
    public string? PurposeOfStay { get; init; }

    /// <summary>Permit application id (work permit).</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Sector of the job (work permit).</summary>
    public string? Sector { get; init; }

    /// <summary>Permit type (work permit).</summary>
    public string? PermitType { get; init; }
}

/// <summary>A party named in the record.</summary>
/// <param name="Role">"sponsor", "employer", "recruitmentAgency", "payer" or "bookingAgent".</param>
/// <param name="Name">Name as given.</param>
/// <param name="Id">Registration id as given (chamber of commerce number, agency id).</param>
public sealed record SignalParty(string Role, string? Name, string? Id);

/// <summary>A fired indicator as the partner sees it.</summary>
/// <param name="Id">Catalogue id.</param>
/// <param name="Typology">Form of exploitation.</param>
/// <param name="Title">Title (English).</param>
/// <param name="Explanation">Explanation with the concrete values (English).</param>
/// <param name="Source">Published catalogue the indicator comes from.</param>
public sealed record SignalIndicator(string Id, Typology Typology, string Title, string Explanation, string Source);
