namespace BorderScreening.Application.Cases;

/// <summary>Body of escalate, release, reopen and similar actions that need a reason.</summary>
public sealed record ReasonRequest(string? Reason);
