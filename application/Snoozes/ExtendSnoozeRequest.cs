namespace BorderScreening.Application.Snoozes;

/// <summary>Body of a supervisor's snooze extension: the snooze then lasts <paramref name="Days"/> days from now (≤ 180).</summary>
public sealed record ExtendSnoozeRequest(int? Days, string? Reason);
