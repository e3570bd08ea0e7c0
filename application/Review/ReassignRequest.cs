namespace BorderScreening.Application.Review;

/// <summary>Body of a supervisor's reassignment.</summary>
public sealed record ReassignRequest(string? Reviewer, string? Reason);
