using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>What a joint inspection found at an entity.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<InspectionFindingCode>))]
public enum InspectionFindingCode
{
    /// <summary>Signs of exploitation (trafficking indicators confirmed on site).</summary>
    ExploitationFound,
    /// <summary>Labour-law violations without signs of exploitation.</summary>
    LabourViolations,
    /// <summary>Nothing found.</summary>
    NoIndication,
}
