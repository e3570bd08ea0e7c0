namespace BorderScreening.Http.Watchlists;

/// <summary>Body of a consent: the jurisdiction that consents and the agreement it rests on.</summary>
public sealed record ConsentRequest(string? Jurisdiction, string? Basis);
