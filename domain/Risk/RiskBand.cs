using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Risk;

/// <summary>Coarse risk band shown to reviewers next to the facts.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<RiskBand>))]
public enum RiskBand
{
    /// <summary>Below half the hit threshold.</summary>
    Low,
    /// <summary>Between half the threshold and the threshold.</summary>
    Medium,
    /// <summary>At or above the threshold: a hit.</summary>
    High,
}
