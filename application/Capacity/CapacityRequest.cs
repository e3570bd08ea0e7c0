namespace BorderScreening.Application.Capacity;

/// <summary>Body of a capacity setting.</summary>
/// <param name="Day">The day (UTC), from today to <see cref="CapacityService.MaxDaysAhead"/> days ahead.</param>
/// <param name="Cases">Cases per day, 0 to <see cref="CapacityService.MaxCases"/>.</param>
/// <param name="Reason">Why (staff on leave, extra shift); required.</param>
public sealed record CapacityRequest(DateOnly? Day, int? Cases, string? Reason);
