using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.Cases;

/// <summary>What a reviewer decided about a case.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<ReviewOutcome>))]
public enum ReviewOutcome
{
    /// <summary>Looked closer, no concern.</summary>
    NoConcern,
    /// <summary>Referred to criminal investigation.</summary>
    ReferCriminalInvestigation,
    /// <summary>Referred to victim support.</summary>
    ReferVictimSupport,
    /// <summary>Referred to labour inspection.</summary>
    ReferLabourInspection,
    /// <summary>Not enough information to judge.</summary>
    InsufficientInformation,
}
