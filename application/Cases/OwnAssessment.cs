using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.Cases;

/// <summary>The reviewer's own assessment, recorded before the decision (against automation bias).</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<OwnAssessment>))]
public enum OwnAssessment
{
    /// <summary>The facts raise concern.</summary>
    Concern,
    /// <summary>The facts raise no concern.</summary>
    NoConcern,
    /// <summary>Unsure.</summary>
    Unsure,
}
