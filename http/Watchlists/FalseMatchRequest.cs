namespace BorderScreening.Http.Watchlists;

/// <summary>Body of a false-match report: the case whose match with the entry is wrong.</summary>
public sealed record FalseMatchRequest(string? CaseId);
