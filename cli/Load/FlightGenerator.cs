using System.Globalization;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Cli.Load;

/// <summary>
/// Seeded flights of travellers: mostly unremarkable, some sharing payers, sponsors and addresses,
/// a few unaccompanied minors (always a hit). The expected assessment ids come from reading each
/// body back with the service's own readers, so they match whatever the service derives.
/// </summary>
internal sealed class FlightGenerator(LoadRunOptions options, string runTag, TimeProvider time)
{
    private static readonly (string Airport, Jurisdiction Jurisdiction)[] Arrivals = [("CUR", Jurisdiction.CW), ("AUA", Jurisdiction.AW), ("SXM", Jurisdiction.SX), ("BON", Jurisdiction.BQ_BO)];
    private static readonly string[] Departures = ["AMS", "MIA", "BOG", "PTY", "SDQ", "JFK"];
    private static readonly string[] Surnames = ["JANSEN", "GARCIA", "MARTINA", "RODRIGUEZ", "SMITH", "DE JONG", "PEREZ", "SILVA"];
    private static readonly string[] GivenNames = ["MARIA", "ANA", "JOHN", "LUIS", "SOFIA", "DAVID", "ELENA", "JOSE"];

    private readonly Random _random = new(options.Seed);
    private readonly FeedLimits _limits = new();

    /// <summary>Every flight of the burst.</summary>
    public IReadOnlyList<Flight> Generate()
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var json = new JsonRecordReader(_limits, new RecordValidator(_limits));
        var flights = new List<Flight>(options.Flights);
        for (var f = 0; f < options.Flights; f++)
        {
            var (airport, jurisdiction) = Arrivals[f % Arrivals.Length];
            var flightNumber = string.Create(CultureInfo.InvariantCulture, $"LT{f + 100:D4}");
            var source = string.Create(CultureInfo.InvariantCulture, $"LOAD-{runTag}");
            var messageReference = string.Create(CultureInfo.InvariantCulture, $"{runTag}-{flightNumber}");
            // During a staged intake outage every third flight lands halfway through it: its deadlines pass
            // unreviewed. It is sent as JSON with two minors travelling alone first, so it surely has hits.
            var imminent = options.IntakeOutage is not null && f % 3 == 0;
            var arrival = imminent ? now.Add(options.IntakeOutage!.Value / 2) : now.AddHours(2 + _random.Next(6));
            var travellers = Enumerable.Range(0, options.TravellersPerFlight)
                .Select(i => Traveller(f, i, jurisdiction, airport, flightNumber, source, messageReference, arrival, today, minorAlone: imminent && i < 2))
                .ToList();

            var paxlst = _random.NextDouble() < options.PaxlstShare && !imminent;
            byte[] body;
            string path;
            string contentType;
            ParsedBatch parsed;
            if (paxlst)
            {
                var text = new PaxlstWriter().Write(travellers, new PaxlstWriteOptions { InterchangeReference = messageReference, Prepared = now });
                body = Encoding.UTF8.GetBytes(text);
                path = $"/api/feeds/paxlst?sourceSystem={source}&jurisdiction={jurisdiction.ToCode()}";
                contentType = "application/edifact";
                parsed = new PaxlstReader().Read(text, new PaxlstReadOptions { SourceSystem = source, Jurisdiction = jurisdiction, Today = today, Limits = _limits });
            }
            else
            {
                body = JsonSerializer.SerializeToUtf8Bytes(new BatchBody(travellers.Cast<ScreeningRecord>().ToList()), ScreeningJson.Options);
                path = "/api/screenings";
                contentType = "application/json";
                parsed = json.Read(body, today);
            }

            var records = parsed.Records.Select(r => r.Record ?? throw new InvalidOperationException(
                $"Generated flight {f} has an invalid record: {string.Join("; ", r.Errors.Select(e => e.Path + ": " + e.Message))}")).ToList();
            if (records.Count != travellers.Count)
            {
                throw new InvalidOperationException($"Generated flight {f} read back {records.Count} of {travellers.Count} travellers.");
            }

            // Record ids include the sending feed's identity, as the service derives them.
            var subject = string.Create(CultureInfo.InvariantCulture, $"load-feed-{f}");
            var duplicates = records
                .Where(_ => _random.NextDouble() < options.DuplicateShare)
                .Select(r =>
                {
                    // The record as the service read it, posted again on its own as JSON.
                    var single = JsonSerializer.SerializeToUtf8Bytes<ScreeningRecord>(r, ScreeningJson.Options);
                    var again = json.Read(single, today).Records.Single().Record ?? throw new InvalidOperationException("A duplicate did not read back.");
                    return (single, AssessmentId.For(again, subject));
                })
                .ToList();

            flights.Add(new Flight(
                f,
                paxlst ? "paxlst" : "json",
                jurisdiction,
                subject,
                path,
                contentType,
                body,
                string.Create(CultureInfo.InvariantCulture, $"{runTag}-flight-{f}"),
                records.Select(r => AssessmentId.For(r, subject)).ToList(),
                duplicates));
        }

        return flights;
    }

    private TravellerRecord Traveller(
        int flight, int index, Jurisdiction jurisdiction, string airport, string flightNumber, string source, string messageReference, DateTimeOffset arrival, DateOnly today, bool minorAlone)
    {
        var r = _random;
        var unaccompaniedMinor = r.NextDouble() < 0.03 || minorAlone;
        var thirdPartyPays = r.NextDouble() < 0.08;
        var reference = string.Create(CultureInfo.InvariantCulture, $"{flight}-{index}");
        return new TravellerRecord
        {
            Jurisdiction = jurisdiction,
            SourceSystem = source,
            MessageReference = messageReference,
            TravellerReference = reference,
            Direction = Direction.Arrival,
            Carrier = "LT",
            FlightNumber = flightNumber,
            Legs = [new FlightLeg { DepartureAirport = Departures[flight % Departures.Length], ArrivalAirport = airport, ScheduledDeparture = arrival.AddHours(-5), ScheduledArrival = arrival }],
            Name = new PersonName { Surname = Surnames[r.Next(Surnames.Length)], GivenNames = GivenNames[r.Next(GivenNames.Length)] },
            BirthDate = unaccompaniedMinor
                ? new DateOnly(2013 + r.Next(3), 1 + r.Next(12), 1 + r.Next(28))
                : new DateOnly(1955 + r.Next(50), 1 + r.Next(12), 1 + r.Next(28)),
            TravellingWithGuardian = unaccompaniedMinor ? false : null,
            Document = new TravelDocument
            {
                Type = "P",
                Number = string.Create(CultureInfo.InvariantCulture, $"L{flight:D3}{index:D5}"),
                IssuingState = "NLD",
                Expiry = today.AddYears(5),
            },
            Booking = new BookingFacts
            {
                BookingDate = today.AddDays(-r.Next(1, 90)),
                TripType = r.NextDouble() < 0.15 ? TripType.OneWay : TripType.Return,
                FormOfPayment = r.NextDouble() < 0.1 ? FormOfPayment.Cash : FormOfPayment.Card,
                PaidBy = thirdPartyPays ? Payer.OtherPerson : Payer.Self,
                PayerId = thirdPartyPays ? string.Create(CultureInfo.InvariantCulture, $"PAYER-{r.Next(40)}") : null,
                PayerTravelsAlong = thirdPartyPays ? r.NextDouble() < 0.3 : null,
            },
            Contact = new Contact { Phone = string.Create(CultureInfo.InvariantCulture, $"+316{flight:D3}{index:D5}") },
            AddressAtDestination = r.NextDouble() < 0.3
                ? string.Create(CultureInfo.InvariantCulture, $"Hotel {r.Next(25)}, Willemstad")
                : string.Create(CultureInfo.InvariantCulture, $"Kaya {flight} nr {index}"),
            PurposeOfStay = r.NextDouble() < 0.8 ? PurposeOfStay.Tourism : PurposeOfStay.Work,
            Sponsor = r.NextDouble() < 0.05 ? new Party { Id = string.Create(CultureInfo.InvariantCulture, $"SP-{r.Next(30)}"), Name = "Sponsor", PartyKind = PartyKind.Person } : null,
        };
    }

    private sealed record BatchBody(IReadOnlyList<ScreeningRecord> Records);
}
