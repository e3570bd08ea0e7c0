using BorderScreening.Application.Feeds;

namespace BorderScreening.Application.Screening.Bookings;

/// <summary>An earlier listed traveller to screen again, enriched.</summary>
/// <param name="Record">The enriched record.</param>
/// <param name="Sender">Its original sender: the new version keeps the first version's identity.</param>
/// <param name="CausedBy">Index of the PNR record in the current batch that matched it.</param>
public sealed record Rescreen(ParsedRecord Record, string? Sender, int CausedBy);
