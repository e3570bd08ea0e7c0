using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening.Bookings;

/// <summary>A stored traveller of a flight and the sender whose identity its assessment carries.</summary>
/// <param name="Record">The record as it was sent (never enriched: a later PNR enriches it afresh).</param>
/// <param name="Sender">The authenticated sender (null for trusted internal callers); re-screening uses it so the assessment is the same record's next version.</param>
public sealed record StoredTraveller(TravellerRecord Record, string? Sender);
