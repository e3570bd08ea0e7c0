using System.Text.Json.Serialization;

namespace BorderScreening.Core.Review;

/// <summary>What a reviewer decided about a case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewOutcome>))]
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

/// <summary>The reviewer's own assessment, recorded before the decision (against automation bias).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OwnAssessment>))]
public enum OwnAssessment
{
    /// <summary>The facts raise concern.</summary>
    Concern,
    /// <summary>The facts raise no concern.</summary>
    NoConcern,
    /// <summary>Unsure.</summary>
    Unsure,
}
