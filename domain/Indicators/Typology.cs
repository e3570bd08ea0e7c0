using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Indicators;

/// <summary>The form of exploitation an indicator points to.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<Typology>))]
public enum Typology
{
    /// <summary>Sexual exploitation.</summary>
    SexualExploitation,
    /// <summary>Labour exploitation.</summary>
    LabourExploitation,
    /// <summary>Domestic servitude.</summary>
    DomesticServitude,
    /// <summary>Forced criminality.</summary>
    ForcedCriminality,
    /// <summary>Child trafficking.</summary>
    ChildTrafficking,
    /// <summary>Smuggling-related risk.</summary>
    Smuggling,
}
