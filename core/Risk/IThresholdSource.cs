using BorderScreening.Core.Records;

namespace BorderScreening.Core.Risk;

/// <summary>The hit threshold in force per jurisdiction.</summary>
public interface IThresholdSource
{
    /// <summary>The threshold now, or null for the configured default.</summary>
    double? Current(Jurisdiction jurisdiction);
}
