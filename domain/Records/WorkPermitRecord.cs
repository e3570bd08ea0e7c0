using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Records;

/// <summary>A work-permit application, from a permit office's JSON or CSV feed.</summary>
public sealed record WorkPermitRecord : ScreeningRecord
{
    /// <summary>The permit application id at the source; with the source system it identifies the record.</summary>
    public string ApplicationId { get; init; } = "";

    /// <summary>When the application was submitted.</summary>
    public DateOnly? ApplicationDate { get; init; }

    /// <summary>Applicant's names.</summary>
    public PersonName Applicant { get; init; } = new();

    /// <summary>Applicant's date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Applicant's travel document.</summary>
    public TravelDocument? Document { get; init; }

    /// <summary>Audit-only attributes, kept apart from everything that scores.</summary>
    public ProtectedAttributes? Audit { get; init; }

    /// <summary>The employer (registration number, name).</summary>
    public Party? Employer { get; init; }

    /// <summary>Employer's sector code (e.g. "HOSPITALITY", "CONSTRUCTION", "DOMESTIC", "AGRICULTURE", "ADULT_ENTERTAINMENT").</summary>
    public string? Sector { get; init; }

    /// <summary>Occupation code (ISCO-08 where available).</summary>
    public string? OccupationCode { get; init; }

    /// <summary>Permit type.</summary>
    public PermitType PermitType { get; init; } = PermitType.Regular;

    /// <summary>Requested duration in days.</summary>
    public int? DurationDays { get; init; }

    /// <summary>Offered gross wage per hour, in the jurisdiction's currency.</summary>
    public decimal? OfferedHourlyWage { get; init; }

    /// <summary>Contracted hours per week.</summary>
    public decimal? WeeklyHours { get; init; }

    /// <summary>Whether the employer provides the housing.</summary>
    public bool? HousingProvidedByEmployer { get; init; }

    /// <summary>Address of the housing.</summary>
    public string? HousingAddress { get; init; }

    /// <summary>Recruitment agency, when one was involved.</summary>
    public Party? RecruitmentAgency { get; init; }

    /// <summary>Fees the worker paid to be recruited or placed, in the jurisdiction's currency.</summary>
    public decimal? FeesPaidByWorker { get; init; }

    /// <summary>Who submitted the application.</summary>
    public Submitter? SubmittedBy { get; init; }

    /// <summary>Whether the worker applied in person (required for adult-entertainment permits in SX).</summary>
    public bool? AppliedInPerson { get; init; }

    /// <summary>Whether the employer lends money to the worker.</summary>
    public bool? LoanFromEmployer { get; init; }

    /// <summary>Who keeps the worker's identity documents.</summary>
    public DocumentKeeper? DocumentsKeptBy { get; init; }

    /// <summary>Contact details given in the application.</summary>
    public Contact? Contact { get; init; }

    /// <summary>Address where the work is done (compared with the housing address: living at the workplace).</summary>
    public string? WorkplaceAddress { get; init; }

    /// <summary>Rest days per week in the contract (0–7).</summary>
    public int? RestDaysPerWeek { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.WorkPermit;

    /// <inheritdoc />
    public override ProtectedAttributes? AuditAttributes => Audit;

    /// <inheritdoc />
    public override string SourceIdentity() =>
        $"permit|{SourceSystem.Trim().ToUpperInvariant()}|{ApplicationId.Trim()}";
}

/// <summary>Work permit types.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<PermitType>))]
public enum PermitType
{
    /// <summary>Regular employment.</summary>
    Regular,
    /// <summary>Seasonal or short contract labour.</summary>
    Seasonal,
    /// <summary>Domestic work in a household.</summary>
    DomesticWork,
    /// <summary>Adult entertainment (a regulated permit in some jurisdictions).</summary>
    AdultEntertainment,
    /// <summary>Intra-company transfer or specialist.</summary>
    Specialist,
}

/// <summary>Who submitted a permit application.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<Submitter>))]
public enum Submitter
{
    /// <summary>The applicant.</summary>
    Applicant,
    /// <summary>The employer.</summary>
    Employer,
    /// <summary>A recruitment agency.</summary>
    Agency,
    /// <summary>Someone else.</summary>
    ThirdParty,
}

/// <summary>Who keeps the worker's documents.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<DocumentKeeper>))]
public enum DocumentKeeper
{
    /// <summary>The worker.</summary>
    Worker,
    /// <summary>The employer.</summary>
    Employer,
    /// <summary>An agency or someone else.</summary>
    Other,
}
