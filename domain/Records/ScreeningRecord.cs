using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Records;

/// <summary>
/// A record a feed submits for screening. The <c>kind</c> property on the wire says which one.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TravellerRecord), "traveller")]
[JsonDerivedType(typeof(WorkPermitRecord), "workPermit")]
public abstract record ScreeningRecord
{
    /// <summary>The record schema version this service reads and writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Version of the record schema the sender used ("1.0").</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Where the screening happens; decides data controller, queue and reviewers.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>The sending system (e.g. "AW-API-GATEWAY", "CW-PERMITS").</summary>
    public string SourceSystem { get; init; } = "";

    /// <summary>The record kind.</summary>
    [JsonIgnore]
    public abstract RecordKind Kind { get; }

    /// <summary>
    /// The identity of the record at its source. Sending the same source identity again returns the
    /// stored assessment instead of screening twice.
    /// </summary>
    public abstract string SourceIdentity();

    /// <summary>Audit-only attributes (never rule conditions or model features).</summary>
    [JsonIgnore]
    public abstract ProtectedAttributes? AuditAttributes { get; }
}

/// <summary>The two kinds of record the service screens.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<RecordKind>))]
public enum RecordKind
{
    /// <summary>A traveller from advance passenger information or a border system.</summary>
    Traveller,
    /// <summary>A work-permit application.</summary>
    WorkPermit,
}
