using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Risk;

/// <summary>The hit threshold in force per jurisdiction.</summary>
public interface IThresholdSource
{
    /// <summary>The threshold now, or null for the configured default.</summary>
    double? Current(Jurisdiction jurisdiction);
}
