using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Thresholds;

/// <summary>A jurisdiction's threshold moving from one value (null: none before) to another, and why.</summary>
public sealed record ThresholdChange(Jurisdiction Jurisdiction, double? From, double To, string Reason, DateTimeOffset At);
