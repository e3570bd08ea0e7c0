using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Watchlists;

/// <summary>A jurisdiction's recorded consent to apply a list: who gave it, when, under what.</summary>
public sealed record WatchlistConsent(Jurisdiction Jurisdiction, string GivenBy, DateTimeOffset GivenAt, string Basis);
