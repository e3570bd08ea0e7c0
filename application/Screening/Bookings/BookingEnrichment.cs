using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Application.Screening.Bookings;

/// <summary>
/// Joins PNRs and passenger lists of one flight before scoring. A passenger-list traveller is
/// enriched with the booking facts of the PNR passenger it matches (<see cref="BookingMatcher"/>),
/// so the indicators that need them (who paid, how, when) can fire; one without a PNR is scored
/// with what is known. PNR passengers and listed travellers are kept per flight
/// (<see cref="IBookingStore"/>), so a PNR that arrives after the passenger list re-screens the
/// listed traveller, enriched, as the next version of its assessment.
/// </summary>
public sealed class BookingEnrichment(IBookingStore store, ILogger<BookingEnrichment> logger)
{
    /// <summary>
    /// The batch with its listed travellers enriched, and the earlier listed travellers a PNR of this
    /// batch now enriches (to be screened again under their own sender). Records the sender may not
    /// send, invalid ones and ones already enriched (booking.match set) pass untouched.
    /// </summary>
    public async Task<EnrichedBatch> EnrichAsync(ParsedBatch batch, FeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(source);
        var flights = batch.Records
            .Select((parsed, i) => (Parsed: parsed, Index: i, Traveller: parsed.IsValid && source.Refusal(parsed.Record!) is null ? parsed.Record as TravellerRecord : null))
            .Where(x => x.Traveller is not null && x.Traveller.Booking?.Match is null && FlightKey.Of(x.Traveller) is not null)
            .GroupBy(x => FlightKey.Of(x.Traveller!)!)
            .ToList();
        if (flights.Count == 0)
        {
            return new EnrichedBatch(batch, []);
        }

        var records = batch.Records.ToArray();
        var rescreen = new List<Rescreen>();
        var countsAs = new Dictionary<int, string>();
        foreach (var flight in flights)
        {
            var pnrs = flight.Where(x => IsPnr(x.Traveller!)).ToList();
            var listed = flight.Where(x => !IsPnr(x.Traveller!)).ToList();
            if (pnrs.Count > 0)
            {
                await store.SaveAsync(flight.Key, BookingEntryKind.PnrPassenger, pnrs.Select(p => new StoredTraveller(p.Traveller!, source.Sender)).ToList(), cancellationToken);
            }

            if (listed.Count > 0)
            {
                // A flight is one partition: one query for its PNR passengers, one transaction per 100 travellers.
                var stored = await store.FindAsync(flight.Key, BookingEntryKind.PnrPassenger, cancellationToken);
                var known = stored.Select(s => s.Record).ToList();
                await store.SaveAsync(flight.Key, BookingEntryKind.ListedTraveller, listed.Select(t => new StoredTraveller(t.Traveller!, source.Sender)).ToList(), cancellationToken);
                foreach (var t in listed)
                {
                    if (BookingMatcher.Match(t.Traveller!, known) is { } match)
                    {
                        records[t.Index] = t.Parsed with
                        {
                            Record = BookingMerge.Enrich(t.Traveller!, match.Pnr, match.Quality),
                            Warnings = [.. t.Parsed.Warnings, Note(match.Pnr, match.Quality)],
                        };
                        countsAs[t.Index] = AssessmentId.For(match.Pnr, stored.First(s => ReferenceEquals(s.Record, match.Pnr)).Sender);
                    }
                }
            }

            if (pnrs.Count > 0)
            {
                rescreen.AddRange(await LaterPnrsAsync(flight.Key, pnrs, listed.Select(l => l.Traveller!.SourceIdentity()).ToHashSet(StringComparer.Ordinal), countsAs, cancellationToken));
            }
        }

        if (rescreen.Count > 0)
        {
            logger.LogInformation("{Count} passenger-list travellers are screened again with booking facts from a later PNR", rescreen.Count);
        }

        return new EnrichedBatch(new ParsedBatch(records, batch.Errors), rescreen) { CountsAs = countsAs };
    }

    /// <summary>Listed travellers stored before this batch whom its PNR passengers match.</summary>
    private async Task<List<Rescreen>> LaterPnrsAsync(
        FlightKey flight, List<(ParsedRecord Parsed, int Index, TravellerRecord? Traveller)> pnrs, HashSet<string> inThisBatch, Dictionary<int, string> countsAs, CancellationToken cancellationToken)
    {
        var found = new List<Rescreen>();
        var passengers = pnrs.Select(p => p.Traveller!).ToList();
        foreach (var stored in await store.FindAsync(flight, BookingEntryKind.ListedTraveller, cancellationToken))
        {
            if (inThisBatch.Contains(stored.Record.SourceIdentity()) || BookingMatcher.Match(stored.Record, passengers) is not { } match)
            {
                continue;
            }

            var cause = pnrs.First(p => ReferenceEquals(p.Traveller, match.Pnr)).Index;
            // The listed traveller was counted when it was screened; its PNR passenger is the same trip.
            countsAs.TryAdd(cause, AssessmentId.For(stored.Record, stored.Sender));
            var enriched = BookingMerge.Enrich(stored.Record, match.Pnr, match.Quality);
            found.Add(new Rescreen(ParsedRecord.Valid(found.Count, enriched, [Note(match.Pnr, match.Quality) + " that arrived after the passenger list"]), stored.Sender, cause));
        }

        return found;
    }

    private static bool IsPnr(TravellerRecord t) =>
        t.Booking?.RecordLocator is not null && t.MessageReference.StartsWith("PNR/", StringComparison.Ordinal);

    private static string Note(TravellerRecord pnr, BookingMatch quality) =>
        $"booking facts added from PNR {pnr.Booking?.RecordLocator} (matched by {quality switch { BookingMatch.Document => "document number", BookingMatch.NameAndBirthDate => "name and birth date", _ => "name only: check" }})";
}
