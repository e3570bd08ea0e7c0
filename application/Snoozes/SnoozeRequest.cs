namespace BorderScreening.Application.Snoozes;

/// <summary>Body of a snooze: suppress one indicator for one linked entity of this case.</summary>
public sealed record SnoozeRequest(string? IndicatorId, string? EntityType, string? Reason, int? Days);
