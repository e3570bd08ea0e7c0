using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.Cases;

/// <summary>Where a case is in review.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<CaseStatus>))]
public enum CaseStatus
{
    /// <summary>Waiting for a reviewer.</summary>
    Open,
    /// <summary>Claimed by a reviewer under a lease.</summary>
    Claimed,
    /// <summary>Escalated to a supervisor.</summary>
    Escalated,
    /// <summary>Decided.</summary>
    Decided,
    /// <summary>Not reviewed in time, or its queue message could not be processed.</summary>
    Missed,
}
