using BorderScreening.Domain.Records;

namespace BorderScreening.LocalHost.Demo;

/// <summary>
/// A small, fixed set of made-up records per jurisdiction, with a few that raise hits, so the local
/// host has something to show on first start. No real person is described.
/// </summary>
public static class DemoRecords
{
    /// <summary>Demo records screened "now".</summary>
    public static IReadOnlyList<ScreeningRecord> Create(DateTimeOffset now)
    {
        var records = new List<ScreeningRecord>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var airports = new Dictionary<Jurisdiction, string>
        {
            [Jurisdiction.AW] = "AUA", [Jurisdiction.CW] = "CUR", [Jurisdiction.SX] = "SXM",
            [Jurisdiction.BQ_BO] = "BON", [Jurisdiction.BQ_SE] = "EUX", [Jurisdiction.BQ_SA] = "SAB",
        };
        foreach (var (jurisdiction, airport) in airports)
        {
            for (var i = 0; i < 6; i++)
            {
                var minor = i == 0;
                var thirdPartyOneWay = i is 1 or 2;
                records.Add(new TravellerRecord
                {
                    Jurisdiction = jurisdiction,
                    SourceSystem = "DEMO-API",
                    MessageReference = $"DEMO-{jurisdiction.ToCode()}",
                    TravellerReference = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Carrier = "DM",
                    FlightNumber = $"DM{100 + i}",
                    Legs =
                    [
                        new FlightLeg
                        {
                            DepartureAirport = "MIA",
                            ArrivalAirport = airport,
                            ScheduledDeparture = now.AddHours(2 + i),
                            ScheduledArrival = now.AddHours(5 + i),
                        },
                    ],
                    Name = new PersonName { Surname = $"DEMO{i}", GivenNames = "TRAVELLER" },
                    BirthDate = minor ? today.AddYears(-15) : today.AddYears(-25 - (i * 5)),
                    Audit = new ProtectedAttributes { Sex = i % 2 == 0 ? "F" : "M", Nationality = "UTO" },
                    Document = new TravelDocument { Type = "P", Number = $"D{jurisdiction.ToCode().Replace("-", "", StringComparison.Ordinal)}{i:0000}", IssuingState = "UTO" },
                    TravellingWithGuardian = minor ? false : null,
                    Booking = new BookingFacts
                    {
                        BookingDate = today.AddDays(thirdPartyOneWay ? -1 : -40),
                        TripType = thirdPartyOneWay ? TripType.OneWay : TripType.Return,
                        FormOfPayment = thirdPartyOneWay ? FormOfPayment.Cash : FormOfPayment.Card,
                        PaidBy = thirdPartyOneWay ? Payer.OtherPerson : Payer.Self,
                        PayerId = thirdPartyOneWay ? "DEMO-PAYER-1" : null,
                    },
                    Contact = new Contact { Phone = $"+1555000{i:000}" },
                    AddressAtDestination = thirdPartyOneWay ? "Demo Street 1" : $"Demo Hotel {i}",
                    PurposeOfStay = thirdPartyOneWay ? PurposeOfStay.Work : PurposeOfStay.Tourism,
                });
            }
        }

        return records;
    }
}
